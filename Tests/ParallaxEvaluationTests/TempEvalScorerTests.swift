import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct TempEvalScorerTests {
    func gold(_ start: Int, _ end: Int, _ type: String, _ value: String) -> TimeMLTimex {
        TimeMLTimex(id: "", span: TextSpan(start: start, end: end), type: type, value: value)
    }

    func system(_ start: Int, _ end: Int, _ type: TimexType, _ value: String) -> TimeExpression {
        TimeExpression(span: TextSpan(start: start, end: end), text: "", type: type, value: value)
    }

    @Test func strictRelaxedTypeAndValue() {
        let golds = [gold(0, 6, "DATE", "2025-01-17"), gold(10, 20, "DURATION", "P1W"), gold(30, 35, "DATE", "PAST_REF")]
        let systems = [
            system(0, 6, .date, "2025-01-17"),  // exact, right value
            system(12, 20, .date, "P1W"),  // overlapping, wrong type, right value
            system(40, 45, .date, "2025"),  // spurious
        ]
        let score = TempEvalScorer.score(gold: golds, system: systems)
        #expect(score.strictMatches == 1)
        #expect(score.relaxedMatches == 2)
        #expect(score.typeMatches == 1)
        #expect(score.valueMatches == 2)
        #expect(abs(score.relaxedPrecision - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.relaxedRecall - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.typeAccuracy - 0.5) < 1e-9)
        #expect(abs(score.valueF1 - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.strictF1 - 1.0 / 3.0) < 1e-9)
    }

    @Test func eachGoldPairsOnce() {
        let golds = [gold(0, 10, "DATE", "2025")]
        let systems = [system(0, 4, .date, "2025"), system(5, 10, .date, "2025")]
        let score = TempEvalScorer.score(gold: golds, system: systems)
        #expect(score.relaxedMatches == 1)
        #expect(score.system == 2)
    }

    @Test func scoresAdd() {
        var total = TempEvalScore()
        total += TempEvalScorer.score(gold: [gold(0, 4, "DATE", "2025")], system: [system(0, 4, .date, "2025")])
        total += TempEvalScorer.score(gold: [gold(0, 4, "DATE", "2025")], system: [])
        #expect(total.documents == 2)
        #expect(total.relaxedRecall == 0.5)
        #expect(total.relaxedPrecision == 1)
    }
}
