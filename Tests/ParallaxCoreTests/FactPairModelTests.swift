import Testing
@testable import ParallaxCore

/// The learned fact-, event- and quote-pair models: they are bundled and fitted for the features the code
/// computes, and the fact-pair model aligns the same event's date across outlets while keeping a
/// different event's date apart.
@Suite struct FactPairModelTests {
    @Test(arguments: [("fact pairs", FactPairModel.bundled, FactPairFeatures.names), ("event pairs", FactPairModel.eventPairs, EventPairFeatures.names),
        ("quote pairs", FactPairModel.quotePairs, QuotePairFeatures.names),
    ])
    func theBundledModelMatchesTheFeatures(name: String, bundled: FactPairModel?, names: [String]) throws {
        let model = try #require(bundled, "\(name) model missing or fitted for other features")
        #expect(model.features == names)
        #expect((0.05...0.95).contains(model.threshold))
        var nothing = [Double](repeating: 0, count: model.weights.count)
        nothing[0] = 1  // the bias
        #expect(model.probability(nothing) < model.threshold, "no evidence, no alignment")
    }

    @Test func theSameEventsDateAlignsAndAnotherEventsDateStaysApart() throws {
        let articles = [
            Article(
                id: "a", source: "alpha", published: CalendarDate(iso: "2026-05-07"),
                text: "Parliament in Lisbon approved the fisheries bill on Wednesday after a long debate. "
                    + "The minister had resigned in March over an unrelated dispute."),
            Article(
                id: "b", source: "beta", published: CalendarDate(iso: "2026-05-07"),
                text: "Lawmakers in Lisbon approved the fisheries bill on Wednesday, ending weeks of argument. "
                    + "Separately, a new harbour master took office in January."),
        ]
        let report = storyReport(articles)
        let dates = report.facts.filter { $0.kind == .date }
        let wednesday = dates.first { fact in fact.values.allSatisfy { $0.reference.text == "Wednesday" } && fact.values.count == 2 }
        #expect(wednesday?.verdict == .agree)
        #expect(!dates.contains { fact in Set(fact.values.map(\.reference.text)) == ["March", "January"] })
        #expect(report.conflicts.isEmpty)
    }

    @Test func aDateIsDescribedByTheEventItsStatementsShare() throws {
        let texts = [
            "Austria and Chile signed a trade agreement in Vienna on Monday after a long debate.",
            "Chile and Austria signed the trade pact in Vienna on Monday, officials said.",
        ]
        let report = storyReport(
            texts.enumerated().map { Article(id: "a\($0)", source: "outlet\($0)", published: CalendarDate(iso: "2026-05-07"), text: $1) })
        let monday = try #require(report.facts.first { $0.kind == .date && $0.values.count == 2 })
        #expect(monday.description.hasPrefix("when ") && monday.description.hasSuffix(" signed"), "plain words, not a bag of nearby words: \(monday.description)")
        #expect(monday.description.contains("Austria") && monday.description.contains("Chile"))
    }
}
