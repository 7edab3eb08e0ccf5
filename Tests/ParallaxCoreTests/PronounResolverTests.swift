import Testing

@testable import ParallaxCore

/// Pronouns joining person clusters, on project-written fictional text.
@Suite struct PronounResolverTests {
    func resolve(_ string: String) -> EntityResolution {
        let text = TokenizedText(string)
        return NameEntityResolver().resolve(GazetteerEntityRecognizer().mentions(in: text), in: text)
    }

    func cluster(_ resolution: EntityResolution, named name: String) -> EntityCluster? {
        resolution.clusters.first { $0.name == name }
    }

    func pronouns(of cluster: EntityCluster?) -> [String] {
        cluster?.mentions.filter { $0.kind == .pronoun }.map(\.text) ?? []
    }

    @Test func pronounJoinsTheOnePersonOfThePreviousSentence() {
        let source = "Anton Korsakov arrived in Oslo on Monday. He said his visit would be short."
        let resolution = resolve(source)
        let korsakov = cluster(resolution, named: "Anton Korsakov")
        #expect(pronouns(of: korsakov) == ["He", "his"])
        let he = korsakov?.mentions.first { $0.kind == .pronoun }
        let scalars = Array(source.unicodeScalars)
        if let he { #expect(String(String.UnicodeScalarView(scalars[he.span.start..<he.span.end])) == "He") }
    }

    @Test func aPronounClosingReportedWordsLooksPastTheNamesInThem() {
        // "…, he said." : the names before the comma are in what he said, not who says it.
        let reported = resolve(
            "Pavel Drozdov spoke after the vote. No offer from Anton Korsakov has come, he said.")
        #expect(pronouns(of: cluster(reported, named: "Pavel Drozdov")) == ["he"])
        #expect(pronouns(of: cluster(reported, named: "Anton Korsakov")).isEmpty)
        // With two people in the sentence before, it takes that sentence's subject.
        let two = resolve(
            "Pavel Drozdov said Anton Korsakov wanted calm. No offer from Ivan Sorokin has come, he told reporters.")
        #expect(pronouns(of: cluster(two, named: "Pavel Drozdov")) == ["he"])
        // A comma closing a clause of another kind is no reported speech.
        let clause = resolve("Pavel Drozdov waited. When Anton Korsakov arrived, he praised the staff of the hotel.")
        #expect(pronouns(of: cluster(clause, named: "Anton Korsakov")) == ["he"])
    }

    @Test func twoPeopleOfDifferentGenderEachGetTheirPronouns() {
        let resolution = resolve("Anna Kovac met Tom Baker in Lima. She said he had been helpful.")
        #expect(pronouns(of: cluster(resolution, named: "Anna Kovac")) == ["She"])
        #expect(pronouns(of: cluster(resolution, named: "Tom Baker")) == ["he"])
    }

    @Test func honorificGivesTheGender() {
        let resolution = resolve("Mrs. Okafor met Tom Baker. She thanked him.")
        #expect(pronouns(of: cluster(resolution, named: "Okafor")) == ["She"])
        #expect(pronouns(of: cluster(resolution, named: "Tom Baker")) == ["him"])
    }

    @Test func twoCandidatesInTheSameSentenceAbstain() {
        let resolution = resolve("Tom Baker told Paul Green that he would resign.")
        #expect(resolution.clusters.allSatisfy { pronouns(of: $0).isEmpty })
    }

    @Test func coordinatedSubjectsAbstain() {
        let resolution = resolve("Tom Baker and Paul Green met in Lima. He said nothing.")
        #expect(resolution.clusters.allSatisfy { pronouns(of: $0).isEmpty })
    }

    @Test func subjectOfThePreviousSentenceIsPreferred() {
        let resolution = resolve("Tom Baker met Paul Green in Lima. He said the talks went well.")
        #expect(pronouns(of: cluster(resolution, named: "Tom Baker")) == ["He"])
        #expect(pronouns(of: cluster(resolution, named: "Paul Green")).isEmpty)
    }

    @Test func anUnnamedRoleNounInBetweenBlocksThePronoun() {
        let resolution = resolve("Tom Baker was not there. A spokesman said he would call later.")
        #expect(pronouns(of: cluster(resolution, named: "Tom Baker")).isEmpty)
    }

    @Test func pronounsInsideQuotationsAreLeftOut() {
        let resolution = resolve("Tom Baker spoke. “He is wrong,” Baker said of a rival.")
        #expect(pronouns(of: cluster(resolution, named: "Tom Baker")).isEmpty)
    }

    @Test func pronounOfTheOtherGenderDoesNotJoin() {
        let resolution = resolve("Tom Baker arrived late. She was not pleased.")
        #expect(pronouns(of: cluster(resolution, named: "Tom Baker")).isEmpty)
    }

    @Test func aResolvedPronounFixesAnUnknownGender() {
        // `Sasha` is given to men and women: the first pronoun decides, the second of the other
        // gender then stays out.
        let resolution = resolve("Sasha Okoro spoke first. He was brief. She was not pleased.")
        #expect(pronouns(of: cluster(resolution, named: "Sasha Okoro")) == ["He"])
    }

    @Test func pronounsChainAcrossSentences() {
        let resolution = resolve("Anton Korsakov spoke first. He was brief. He then left, and his aides followed.")
        #expect(pronouns(of: cluster(resolution, named: "Anton Korsakov")) == ["He", "He", "his"])
    }

    @Test func pronounsNeverBecomeNamesOrAliases() {
        let resolution = resolve("Anton Korsakov arrived. He spoke. Then he left.")
        let korsakov = cluster(resolution, named: "Anton Korsakov")
        #expect(korsakov?.aliases == ["Anton Korsakov"])
        #expect(resolution.mentions.allSatisfy { $0.text != "He" && $0.text != "he" })
        let analyzer = Analyzer(entityRecognizer: GazetteerEntityRecognizer())
        let analyzed = analyzer.analyze(Article(id: "a", source: "Outlet", text: "Anton Korsakov arrived. He spoke."))
        #expect(pronouns(of: analyzed.clusters.first { $0.name == "Anton Korsakov" }) == ["He"])
        let actors = ActorLinker().link([analyzed]).actors
        #expect(actors.allSatisfy { !$0.aliases.contains("He") && !$0.aliases.contains("he") && $0.name != "He" })
    }
}
