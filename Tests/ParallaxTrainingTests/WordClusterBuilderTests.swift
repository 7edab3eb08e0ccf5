import Testing

@testable import ParallaxCore
@testable import ParallaxTraining

@Suite struct WordClusterBuilderTests {
    /// A tiny hand-made corpus: cities and weekdays fill distinct slots.
    static let corpus: [[String]] = {
        let cities = ["paris", "berlin", "madrid", "vienna", "oslo", "lisbon"]
        let days = ["monday", "tuesday", "friday", "sunday", "thursday", "saturday"]
        var sentences: [[String]] = []
        for city in cities {
            for day in days {
                sentences.append(["she", "flew", "to", city, "on", day, "."])
                sentences.append(["the", "mayor", "of", city, "spoke", "on", day, "."])
                sentences.append(["they", "met", "in", city, "last", day, "."])
            }
        }
        return sentences
    }()

    @Test func sameSeedGivesTheSameClusters() {
        let builder = WordClusterBuilder(depth: 4, contextWords: 50, seed: 7)
        #expect(builder.build(Self.corpus).encoded() == builder.build(Self.corpus).encoded())
    }

    @Test func distributionallySimilarWordsShareAClass() throws {
        let clusters = WordClusterBuilder(depth: 4, contextWords: 50, seed: 1).build(Self.corpus)
        func top(_ word: String) throws -> UInt16 { try #require(clusters.path(of: word)) }
        let paris = try top("paris")
        let monday = try top("monday")
        #expect(paris != monday)
        for city in ["berlin", "madrid", "vienna", "oslo", "lisbon"] { #expect(try top(city) == paris) }
        for day in ["tuesday", "friday", "sunday"] { #expect(try top(day) == monday) }
    }

    @Test func lookupIgnoresCaseAndDigitValues() {
        let clusters = WordClusterBuilder(depth: 3, contextWords: 10).build([["On", "1999", "Paris"], ["on", "2024", "paris"]])
        #expect(clusters.path(of: "PARIS") == clusters.path(of: "paris"))
        #expect(clusters.path(of: "1876") != nil)
        #expect(clusters.path(of: "unseen") == nil)
    }
}
