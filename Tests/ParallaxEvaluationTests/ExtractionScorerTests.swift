import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite("ExtractionScorer")
struct ExtractionScorerTests {
    @Test("tokens are word-character runs, letters and digits of any script")
    func tokens() {
        #expect(ExtractionScorer.tokens("Café’s 40-million, naïve_x!").map(String.init) == ["Café", "s", "40", "million", "naïve_x"])
    }

    @Test("per-page shingle precision and recall; F1 from the means")
    func score() {
        let truth = ["a": "one two three four five", "b": "alpha beta gamma delta"]
        let predictions = ["a": "one two three four five six", "b": ""]
        let page = ExtractionScorer.score(truth: truth["a"]!, prediction: predictions["a"]!)
        #expect(page.precision == 2.0 / 3.0)
        #expect(page.recall == 1)
        let total = ExtractionScorer.score(truth: truth, predictions: predictions)
        #expect(total.precision == 2.0 / 3.0)  // page b has no prediction: not in the precision mean
        #expect(total.recall == 0.5)
        #expect(abs(total.f1 - 2 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5)) < 1e-12)
    }

    @Test("texts shorter than four tokens make one short shingle")
    func shortText() {
        #expect(ExtractionScorer.score(truth: "two words", prediction: "two words").precision == 1)
    }
}
