import Foundation
import ParallaxCore
import ParallaxIngest
import Testing

/// The bundled example stories: the report must find every planted agreement, difference, conflict and
/// single-source fact, and invent no other conflict.
@Suite struct ExampleStoriesTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    func report(_ story: String) throws -> StoryReport {
        let folder = Self.examples.appendingPathComponent(story).path
        let result = ArticleReader().read(paths: [folder], options: ReadOptions())
        #expect(result.diagnostics.isEmpty)
        try #require(result.articles.count >= 2)
        return storyReport(result.articles)
    }

    /// The fact whose values include all of `texts` (each from a different source).
    func fact(_ report: StoryReport, _ texts: [String]) -> Fact? {
        report.facts.first { fact in texts.allSatisfy { text in fact.values.contains { $0.reference.text.contains(text) } } }
    }

    @Test func portStrike() throws {
        let report = try report("port-strike")
        #expect(Set(report.articles.map(\.source)) == ["northwire", "harbour-gazette", "eurodaily"])
        #expect(fact(report, ["48-hour", "two days"])?.verdict == .agree)
        #expect(fact(report, ["12,000", "12,400"])?.verdict == .compatible)
        let cost = fact(report, ["€40 million", "€75 million"])
        #expect(cost?.verdict == .conflict)
        #expect(report.conflicts.count == 1)
        #expect(fact(report, ["3.5%"])?.verdict == .singleSource)
        #expect(report.actors.contains { $0.name == "Marta Jansen" && $0.sources.count == 3 })
        // Indirect speech aligns too (the walkout's size); the union leader's words are the quoted pair.
        let union = report.quotes.first { $0.variants.count == 2 && $0.variants.allSatisfy { $0.kind != .indirect } }
        #expect(union?.verdict == .compatible)
        #expect(union?.speaker == "Marta Jansen")
    }

    @Test func riverFlood() throws {
        let report = try report("river-flood")
        #expect(fact(report, ["Four people", "Six people"])?.verdict == .conflict)
        #expect(fact(report, ["Nearly 300", "280"])?.verdict == .compatible)
        #expect(fact(report, ["20%", "20 percent"])?.verdict == .agree)
        #expect(fact(report, ["$12m"])?.verdict == .singleSource)
        let visit = report.facts.first { $0.slot == "event visit" && $0.values.count == 2 }
        #expect(visit?.verdict == .conflict)
        #expect(visit?.values.map(\.reference.source).sorted() == ["danube-post", "valley-herald"])
        #expect(report.conflicts.count == 2)
        // Indirect speech aligns too (the water agency's 20%); the mayor's words are the direct pair.
        let quote = report.quotes.first { $0.variants.count == 2 && $0.variants.allSatisfy { $0.kind == .direct } }
        #expect(quote?.verdict == .agree)
        #expect(quote?.speaker == "Ilona Farkas")
    }

    @Test func tradeSummitHasNoConflict() throws {
        let report = try report("trade-summit")
        #expect(report.conflicts.isEmpty)
        #expect(!report.quotes.contains { $0.verdict == .conflict })
        #expect(fact(report, ["two hours", "two-hour"])?.verdict == .agree)
        #expect(fact(report, ["about $5bn", "$4.8bn"])?.verdict == .compatible)
        #expect(fact(report, ["58"])?.verdict == .singleSource)
        #expect(report.quotes.first { $0.variants.count == 2 }?.verdict == .agree)
        #expect(report.actors.contains { $0.name == "Claire Dubois" && $0.sources.count == 2 })
        #expect(report.facts.first { $0.slot == "event meet" && $0.values.count == 2 }?.verdict == .agree)
        #expect(report.facts.first { $0.slot == "event agree" && $0.values.count == 2 }?.verdict == .agree)
    }
}
