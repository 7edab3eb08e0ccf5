import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct AttributionScorerTests {
    let text = Array("“Talks went well,” Drozdov said. Prices rose, officials said.".unicodeScalars)

    @Test func matchesByJaccardAndScoresSpeakers() {
        let gold = [
            GoldAttribution(content: TextSpan(start: 0, end: 18), source: TextSpan(start: 19, end: 26), isDirect: true),
            GoldAttribution(content: TextSpan(start: 33, end: 44), source: TextSpan(start: 46, end: 55), isDirect: false),
        ]
        let predicted = [
            PredictedAttribution(content: TextSpan(start: 1, end: 16), speaker: TextSpan(start: 19, end: 26)),
            PredictedAttribution(content: TextSpan(start: 33, end: 37), speaker: nil),
        ]
        var scorer = AttributionScorer()
        scorer.add(gold: gold, predicted: predicted, text: text)
        #expect(scorer.all.gold == 2)
        #expect(scorer.all.predicted == 2)
        #expect(scorer.all.matched == 1)
        #expect(scorer.all.speakerAccuracy == 1)
        #expect(scorer.direct.gold == 1)
        #expect(scorer.direct.predicted == 1)
        #expect(scorer.direct.f1 == 1)
    }

    @Test func lineHasTheFieldsOfTheReferenceScript() {
        var score = AttributionScore()
        score.gold = 4
        score.predicted = 2
        score.matched = 1
        score.withSource = 1
        score.speakerCorrect = 1
        #expect(
            score.line("all")
                == "all: gold=4 predicted=2 content_p=0.500 content_r=0.250 content_f1=0.333 speaker_acc=1.000 (of 1)")
    }

    @Test func predictionsWidenOverMarksAndDropNestedPartials() {
        let string = "Xu said voter fraud “would be a disaster.”"
        let scalars = Array(string.unicodeScalars)
        let cue = SpanText(span: TextSpan(start: 3, end: 7), text: "said")
        let quotes = [
            Quote(span: TextSpan(start: 8, end: 42), text: "", kind: .indirect, cue: cue),
            Quote(span: TextSpan(start: 21, end: 40), text: "", kind: .partial, cue: cue),
        ]
        let predicted = QuotePredictions.attributions(of: quotes, text: scalars)
        #expect(predicted.map(\.content) == [TextSpan(start: 8, end: 42)])
        let direct = QuotePredictions.widen(TextSpan(start: 21, end: 40), in: scalars)
        #expect(direct == TextSpan(start: 20, end: 42))
    }
}
