import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct ChunkScoreTests {
    @Test func exactSpanAndTypeCountAsCorrect() {
        var score = ChunkScore()
        score.add(gold: ["B-PER", "I-PER", "O", "B-LOC"], guessed: ["B-PER", "I-PER", "O", "B-LOC"])
        #expect(score.overall.correct == 2)
        #expect(score.overall.f1 == 1)
    }

    @Test func partialMatchCountsAsOneFalsePositiveAndOneMiss() {
        var score = ChunkScore()
        score.add(gold: ["B-PER", "I-PER", "O"], guessed: ["B-PER", "O", "O"])
        #expect(score.overall.correct == 0)
        #expect(score.overall.guessed == 1)
        #expect(score.overall.gold == 1)
        #expect(score.overall.f1 == 0)
    }

    @Test func rightSpanWrongTypeIsWrong() {
        var score = ChunkScore()
        score.add(gold: ["B-ORG", "I-ORG"], guessed: ["B-LOC", "I-LOC"])
        #expect(score.overall.correct == 0)
        #expect(score.byType["ORG"]?.gold == 1)
        #expect(score.byType["LOC"]?.guessed == 1)
    }

    @Test func precisionRecallAndF1FollowConlleval() {
        var score = ChunkScore()
        score.add(gold: ["B-PER", "O", "B-ORG", "O", "B-LOC"], guessed: ["B-PER", "O", "B-ORG", "B-MISC", "O"])
        #expect(score.overall.correct == 2)
        #expect(abs(score.overall.precision - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.overall.recall - 2.0 / 3.0) < 1e-9)
        #expect(score.tokens == 5)
        #expect(score.correctTokens == 3)
    }

    @Test func iob1InsideTagsOpenChunksAndBSplitsAdjacentOnes() {
        #expect(ChunkExtractor.chunks(["I-PER", "I-PER", "B-PER", "O"])
            == [LabeledChunk(start: 0, end: 2, type: "PER"), LabeledChunk(start: 2, end: 3, type: "PER")])
        #expect(ChunkExtractor.chunks(["I-LOC", "I-ORG"])
            == [LabeledChunk(start: 0, end: 1, type: "LOC"), LabeledChunk(start: 1, end: 2, type: "ORG")])
    }

    @Test func iob1AndIob2EncodingsOfTheSameEntitiesScoreEqual() {
        var score = ChunkScore()
        score.add(gold: ["I-PER", "I-PER", "O", "I-LOC"], guessed: ["B-PER", "I-PER", "O", "B-LOC"])
        #expect(score.overall.correct == 2)
        #expect(score.overall.f1 == 1)
    }

    @Test func bilouRoundTripsThroughIob2() {
        let iob2 = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]
        let bilou = EntityLabels.bilou(iob2)
        #expect(bilou == ["B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-LOC", "L-LOC"])
        #expect(EntityLabels.iob2(bilou) == iob2)
    }
}
