import Testing
@testable import ParallaxCore

@Suite struct CasualtyReaderTests {
    let analyzer = Analyzer()

    /// The toll the reader finds in `text`, as outcome → number (the interval's low end).
    func toll(_ text: String, title: String? = nil) -> [CasualtyCount.Outcome: Double] {
        var article = Article(id: "t", source: "Test Gazette", published: CalendarDate(iso: "2031-06-02"), text: text)
        article.title = title
        var result: [CasualtyCount.Outcome: Double] = [:]
        for count in CasualtyReader.toll(of: CasualtyReader().counts(in: analyzer.analyze(article))) { result[count.outcome] = count.value.low }
        return result
    }

    /// The story report of two articles, each (outlet, text), published the same day.
    func report(_ a: (String, String), _ b: (String, String)) -> StoryReport {
        let articles = [a, b].enumerated().map { index, item in
            Article(id: "a\(index)", source: item.0, published: CalendarDate(iso: "2031-06-02"), text: item.1)
        }
        return StoryReconciler().reconcile(StoryAnalyzer().analyze(articles).articles)
    }

    @Test func writtenCountsTakeTheirOutcome() {
        #expect(toll("Two women died and three others were injured in a shooting in Brackwater on Sunday.") == [.killed: 2, .injured: 3])
        #expect(toll("The crash on the ring road left 2 dead, 5 injured, the fire service said.") == [.killed: 2, .injured: 5])
        #expect(toll("A gunman killed four people and wounded six others at a fair in Lindholm.") == [.killed: 4, .injured: 6])
        #expect(toll("Three of the passengers died at the scene, police said.") == [.killed: 3])
    }

    @Test func oneImpliedPersonCountsOne() {
        #expect(toll("A man was killed and three others were injured in a shooting at a Korvel bar early Saturday.") == [.killed: 1, .injured: 3])
        #expect(toll("Dara Quell, 19, was shot and killed in an alley in Marrow Heights on Monday.") == [.killed: 1])
        #expect(toll("The victim died at Saint Elm Hospital, officers said.") == [.killed: 1])
        #expect(toll("Police said the suspect shot and killed a woman outside the store.") == [.killed: 1])
        #expect(toll("A second teenager has died after the shooting at the party in Fenwick.") == [.killed: 2])
    }

    @Test func aDeathNamedAsANounCountsItsVictim() {
        #expect(toll("Detectives are investigating the death of a 15-year-old in Harrow Vale.") == [.killed: 1])
        #expect(toll("Two men were charged in the fatal shooting of Dana Roe outside a bar.") == [.killed: 1])
        #expect(toll("A jury heard evidence about the murders of three hikers near Eskdale.") == [.killed: 3])
        #expect(toll("The shooting left a 16-year-old boy dead, deputies said.") == [.killed: 1])
        #expect(toll("Ames then fired a handgun at the clerk, killing him.") == [.killed: 1])
        #expect(toll("He was taken to a trauma center, where he has since been declared clinically dead.") == [.killed: 1])
        // Not a person, and not fatal.
        #expect(toll("Critics warned of the death of local newspapers.").isEmpty)
        #expect(toll("Police are investigating the shooting of a man on Elm Road.").isEmpty)
    }

    @Test func noOneCountsNone() {
        #expect(toll("Fire crews put out the blaze and no one was injured, the chief said.") == [.injured: 0])
        // Someone else besides those counted is no count at all.
        #expect(toll("Police said no one else was hurt in the crash.").isEmpty)
    }

    @Test func whatDidNotOrMightHappenIsNoToll() {
        #expect(toll("The driver could have been killed, the officer said.").isEmpty)
        #expect(toll("He threatened to kill the manager and was not injured when police arrived.").isEmpty)
        #expect(toll("The killing of the shopkeeper shocked the town.").isEmpty)
        #expect(toll("Medics treated the wounded man at the scene.").isEmpty)
        // A group, a coordinated object and a figure of something else count no one.
        #expect(toll("The family was found dead in their home on Tuesday.").isEmpty)
        #expect(toll("She killed her husband and son, prosecutors said.").isEmpty)
        #expect(toll("He was shot three times and killed, police said.") == [.killed: 1])
        #expect(toll("Photo 1 of 16 A man died after a shooting on Oak Street.") == [.killed: 1])
    }

    @Test func theBodyGivesTheTollBeforeTheHeadline() {
        let text = "Storm kills 4 people in Oslo\nThe storm killed 5 people and hurt 9 people."
        #expect(toll(text, title: "Storm kills 4 people in Oslo") == [.killed: 5, .injured: 9])
        #expect(toll("Bridge collapse: 3 dead\nRescuers worked through the night.", title: "Bridge collapse: 3 dead") == [.killed: 3])
    }

    @Test func outletsGivingOneTollInOtherWordsAgree() {
        let report = report(
            ("Harbour Post", "Two people were shot and killed and five others were wounded at a bus stop in Calder on Sunday night."),
            ("Calder Daily", "A shooting at a Calder bus stop on Sunday night left two men dead and five people injured, police said."))
        let killed = report.facts.first { $0.slot == "killed" }
        #expect(killed?.verdict == .agree)
        #expect(killed?.description == "number of people killed")
        #expect(killed?.values.count == 2)
        #expect(report.facts.first { $0.slot == "injured" }?.verdict == .agree)
        #expect(report.conflicts.isEmpty)
    }

    @Test func oneTollAgreesWhateverTheWordsAroundIt() {
        let report = report(
            ("Valley Post", "Four people were killed in Ostrava Heights on Thursday, according to the county coroner."),
            ("Ridge Radio", "A gunwoman opened fire at a tribal council meeting, leaving four dead before deputies arrived."))
        let killed = report.facts.filter { $0.slot == "killed" }
        #expect(killed.count == 1)
        #expect(killed.first?.verdict == .agree)
        #expect(killed.first?.values.map(\.reference.source) == ["Valley Post", "Ridge Radio"])
    }
}
