import Testing

@testable import ParallaxEvaluation

@Suite("B-cubed and pairwise clustering scores")
struct ClusterScoreTests {
    @Test("a hand-worked example: gold {a,b,c} {d}; predicted {a,b} {c,d}")
    func handWorked() {
        let gold = [("a", "x"), ("b", "x"), ("c", "x"), ("d", "y")].map { (article: $0.0, story: $0.1) }
        let score = ClusterScore(gold: gold, predicted: ["a": "1", "b": "1", "c": "2", "d": "2"])
        // B-cubed precision: a 1, b 1, c 1/2, d 1/2 → 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 → 2/3.
        #expect(abs(score.bcubedPrecision - 0.75) < 1e-12)
        #expect(abs(score.bcubedRecall - 2.0 / 3) < 1e-12)
        // Pairs: gold {ab, ac, bc}; predicted {ab, cd}; right {ab}.
        #expect(abs(score.pairwisePrecision - 0.5) < 1e-12)
        #expect(abs(score.pairwiseRecall - 1.0 / 3) < 1e-12)
        #expect(score.goldStories == 2 && score.predictedStories == 2)
    }

    @Test("missing and nil predictions are singletons; unknown predicted articles are ignored")
    func missing() {
        let gold = [("a", "x"), ("b", "x")].map { (article: $0.0, story: $0.1) }
        let predicted: [String: String?] = ["a": String?.none, "z": "1"]
        let score = ClusterScore(gold: gold, predicted: predicted)
        #expect(score.predictedStories == 2)
        #expect(score.bcubedPrecision == 1)
        #expect(score.bcubedRecall == 0.5)
        #expect(score.pairwiseRecall == 0)
    }
}
