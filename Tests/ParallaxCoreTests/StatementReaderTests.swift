import Testing
@testable import ParallaxCore

@Suite struct StatementReaderTests {
    let analyzer = Analyzer()

    func statements(_ text: String) -> (AnalyzedArticle, [Statement]) {
        let analyzed = analyzer.analyze(
            Article(id: "t", source: "test", published: CalendarDate(iso: "2026-04-15"), text: text))
        return (analyzed, analyzed.statements)
    }

    func names(_ ids: [Int], in analyzed: AnalyzedArticle) -> Set<String> {
        Set(ids.compactMap { analyzed.cluster($0)?.name })
    }

    @Test func lightVerbWithEventNounNamesBothActorsAndThePlace() {
        let (analyzed, found) = statements("Austria and Chile held talks in Vienna on Monday.")
        #expect(found.count == 1)
        let talks = found.first
        #expect(talks?.predicate.predicateClass == .meet)
        #expect(talks?.predicate.lemma == "talk")
        #expect(names(talks?.subjects ?? [], in: analyzed) == ["Austria", "Chile"])
        #expect(talks?.place.flatMap { analyzed.cluster($0)?.name } == "Vienna")
        #expect(talks?.times.count == 1)
        #expect(talks?.modality.isPlain == true)
    }

    @Test func coordinatedVerbSharesTheSubjects() {
        let (analyzed, found) = statements("Austria and Chile met in Vienna and signed a trade pact.")
        let classes = found.map(\.predicate.predicateClass)
        #expect(classes.contains(.meet))
        #expect(classes.contains(.agree))
        for statement in found { #expect(names(statement.subjects, in: analyzed) == ["Austria", "Chile"]) }
    }

    @Test func passiveTakesTheActorFromBy() {
        let (analyzed, found) = statements("Elena Varga was appointed by President Tomas Berg on Friday.")
        let appointed = found.first { $0.predicate.predicateClass == .office }
        #expect(names(appointed?.subjects ?? [], in: analyzed) == ["Tomas Berg"])
        #expect(names(appointed?.objects ?? [], in: analyzed) == ["Elena Varga"])
    }

    @Test func negationHedgeConditionAndFutureAreRead() {
        #expect(statements("Chile did not sign the accord with Austria.").1.first?.modality.negated == true)
        #expect(statements("Austria will impose tariffs on Chile.").1.first?.modality.future == true)
        #expect(statements("Austria reportedly attacked Chile.").1.first?.modality.hedged == true)
        #expect(statements("If Chile refuses, Austria could impose tariffs.").1.last?.modality.conditional == true)
        let (analyzed, found) = statements("Austria will impose tariffs on Chile.")
        #expect(names(found.first?.subjects ?? [], in: analyzed) == ["Austria"])
        #expect(names(found.first?.objects ?? [], in: analyzed) == ["Chile"])
    }

    @Test func eventNounDoesNotReachAcrossAPreposition() {
        let (_, found) = statements("Rotterdam reopened on Wednesday after a long strike.")
        #expect(found.isEmpty)
    }

    @Test func namesMonthsAndEmptyTextAreNotPredicates() {
        #expect(statements("Austria hosted the March summit.").1.map(\.predicate.lemma).first == "host")
        #expect(!statements("Austria hosted the March summit.").1.map(\.predicate.lemma).contains("march"))
        #expect(statements("").1.isEmpty)
        #expect(statements("\u{0}\u{1}garbage ### ...").1.isEmpty)
    }

    @Test func lexiconInflectsRegularAndIrregularVerbs() {
        let lexicon = PredicateLexicon.standard
        #expect(lexicon.entry(for: "met")?.lemma == "meet")
        #expect(lexicon.entry(for: "accused")?.predicateClass == .accuse)
        #expect(lexicon.entry(for: "rallies")?.lemma == "rally")
        #expect(lexicon.entry(for: "travelled")?.lemma == "travel")
        #expect(lexicon.entry(for: "call", previous: "video")?.predicateClass == .meet)
        #expect(lexicon.entry(for: "called", previous: "she")?.predicateClass == .say)
        #expect(lexicon.entry(for: "strike", previous: "48-hour")?.predicateClass == .protest)
        #expect(lexicon.entry(for: "table") == nil)
    }
}

@Suite struct EventAlignerTests {
    func report(_ texts: [String]) -> StoryReport {
        storyReport(
            texts.enumerated().map { index, text in
                Article(id: "a\(index)", source: "outlet\(index)", published: CalendarDate(iso: "2026-04-15"), text: text)
            })
    }

    @Test func assertedAndNegatedSigningConflict() {
        let story = report([
            "Austria and Chile signed a trade agreement in Vienna on Monday.",
            "Chile and Austria did not sign the trade agreement, officials in Vienna said on Monday.",
        ])
        let signing = story.facts.first { $0.kind == .event && $0.slot == "event agree" }
        #expect(signing?.verdict == .conflict)
        #expect(signing?.values.count == 2)
        #expect(signing?.values.first?.reference.text.contains("signed") == true)
    }

    @Test func aNegationUnderAHedgeOrWithAnotherVerbIsNoContradiction() {
        let future = report([
            "Austria and Chile signed a trade agreement in Vienna on Monday.",
            "Chile and Austria will not sign the trade agreement before the summer, officials in Vienna said.",
        ])
        let signing = future.facts.first { $0.kind == .event && $0.slot == "event agree" }
        #expect(signing != nil && signing?.verdict != .conflict)
        #expect(future.conflicts.isEmpty)
    }

    @Test func sameEventInOtherWordsAgreesAndFutureIsCompatible() {
        let met = report(["Austria and Chile held talks in Vienna.", "Chile and Austria met in Vienna."])
        #expect(met.facts.first { $0.slot == "event meet" }?.verdict == .agree)
        let visit = report(["Elena Varga visited Chile.", "Elena Varga will visit Chile."])
        #expect(visit.facts.first { $0.slot == "event visit" }?.verdict == .compatible)
    }

    @Test func aPersonStandsForTheCountryOfTheirAffiliation() {
        let story = report(["French President Elena Varga apologized to Chile.", "France apologized to Chile on Friday."])
        let apology = story.facts.first { $0.slot == "event apologize" }
        #expect(apology?.values.count == 2)
        #expect(apology?.verdict == .agree)
    }

    @Test func differentParticipantsStayApart() {
        let story = report(["Austria and Chile held talks.", "Peru and Brazil held talks."])
        #expect(!story.facts.contains { $0.kind == .event && Set($0.values.map(\.reference.source)).count == 2 })
    }

    @Test func sentencesThatReportOneEventInOtherWordsAlignWithoutNamedParticipants() throws {
        let story = report([
            "The harbour authority opened the new container terminal on the eastern quay on Monday. "
                + "Dock workers had protested against the night shifts for weeks. "
                + "Redacted copies of the environmental audit were handed to the regional council. "
                + "The mayor praised the engineers. Ferry schedules stay as they are.",
            "A new container terminal opened on the eastern quay of the harbour on Monday, the authority said. "
                + "The regional council received a redacted version of the environmental audit. "
                + "Fishermen worry about the dredging. Tourism officials expect more cruise ships next summer.",
        ])
        let audit = try #require(
            story.facts.first { fact in fact.kind == .event && fact.values.contains { $0.reference.text.contains("handed") } })
        #expect(audit.values.count == 2)
        #expect(audit.values.contains { $0.reference.text.contains("received a redacted version") })
        #expect(audit.verdict == .compatible, "the same event in other words")
        // Sentences on different things stay apart.
        #expect(!story.facts.contains { fact in
            fact.kind == .event && fact.values.contains { $0.reference.text.contains("Fishermen") }
                && fact.values.contains { $0.reference.text.contains("protested") }
        })
        #expect(story.conflicts.isEmpty)
    }
}
