import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct CorefScorerTests {
    func mention(_ start: Int, _ end: Int, _ entity: String, pronoun: Bool = false) -> CorefMention {
        CorefMention(span: TextSpan(start: start, end: end), entity: entity, isPronoun: pronoun)
    }

    @Test func identicalClustersScorePerfectly() {
        let gold = [mention(0, 5, "a"), mention(10, 12, "a"), mention(20, 25, "b")]
        let system = [mention(0, 5, "1"), mention(10, 12, "1"), mention(20, 25, "2")]
        let score = CorefScorer.score(gold: gold, system: system)
        #expect(score.linkPrecision == 1 && score.linkRecall == 1)
        #expect(score.muc.f1 == 1 && score.bcubed.f1 == 1)
    }

    @Test func aWrongPronounCostsPrecisionAndAMissedOneRecall() {
        let gold = [mention(0, 5, "a"), mention(10, 12, "a", pronoun: true), mention(20, 25, "b"), mention(30, 33, "b", pronoun: true)]
        let system = [mention(0, 5, "1"), mention(10, 12, "2", pronoun: true), mention(20, 25, "2")]
        let score = CorefScorer.score(gold: gold, system: system)
        #expect(score.goldLinks == 2)
        #expect(score.systemLinks == 1 && score.correctLinks == 0)
        #expect(score.muc.recall == 0 && score.muc.precision == 0)
        #expect(score.judgedPronouns == 1 && score.correctPronouns == 0)
        #expect(score.goldPronouns == 2)
    }

    @Test func systemMentionsAlignToTheShortestGoldSpanContainingThem() {
        // Gold: "the chief executive Fritz Henderson" (0–35) and "Henderson" (50–59).
        let gold = [mention(0, 35, "h"), mention(50, 59, "h")]
        let system = [mention(20, 35, "1"), mention(50, 59, "1"), mention(70, 75, "1")]
        let score = CorefScorer.score(gold: gold, system: system)
        #expect(score.alignedSystem == 2 && score.unalignedSystem == 1)
        #expect(score.correctLinks == 1 && score.linkRecall == 1)
    }
}
