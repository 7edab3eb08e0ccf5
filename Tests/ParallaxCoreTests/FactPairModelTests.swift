import Testing
@testable import ParallaxCore

/// The learned fact-pair model: it is bundled, fitted for the features the code computes, and it
/// aligns the same event's date across outlets while keeping a different event's date apart.
@Suite struct FactPairModelTests {
    @Test func theBundledModelMatchesTheFeatures() throws {
        let model = try #require(FactPairModel.bundled)
        #expect(model.features == FactPairFeatures.names)
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
}
