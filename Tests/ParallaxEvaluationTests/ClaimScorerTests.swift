import Foundation
import Testing
import ParallaxCore
@testable import ParallaxEvaluation

/// The claim scorer on a story written for the test: gold mentions are located in the analyzed texts
/// (also after a dateline was cut off), found pairs and wrong pairs are counted as the peer scorer counts them.
@Suite struct ClaimScorerTests {
    let alpha = "The council approved the harbour bill on Wednesday by 31 votes to 4. “The harbour belongs to everyone,” Mayor Ines Carver said."
    let beta = "Councillors passed the harbour bill on Wednesday. Mayor Ines Carver said the harbour belongs to all of us."

    func gold() throws -> ClaimGold {
        let json = """
            {"story": "harbour", "sources": ["alpha", "beta"],
             "facts": [{"id": "F1", "what": "day of the vote", "type": "date", "verdict": "agree",
                        "mentions": [{"source": "alpha", "text": "Wednesday", "occurrence": 1},
                                     {"source": "beta", "text": "Wednesday", "occurrence": 1}]}],
             "quotes": [{"id": "Q1", "speaker": "Ines Carver", "verdict": "compatible",
                         "mentions": [{"source": "alpha", "text": "The harbour belongs to everyone"},
                                      {"source": "beta", "text": "the harbour belongs to all of us"}]}]}
            """
        return try JSONDecoder().decode(ClaimGold.self, from: Data(json.utf8))
    }

    @Test func findsTheAgreedDateAndCountsEveryPair() throws {
        let articles = [
            Article(id: "a", source: "alpha", published: CalendarDate(iso: "2026-05-07"), text: alpha),
            Article(id: "b", source: "beta", published: CalendarDate(iso: "2026-05-07"), text: beta),
        ]
        let story = StoryAnalyzer().analyze(articles)
        let report = StoryReconciler().reconcile(story.articles, inferredDates: story.inferredDates)
        var scorer = ClaimScorer()
        scorer.add(
            gold: try gold(), report: report, texts: ["alpha": alpha, "beta": beta], bodies: ["alpha": alpha, "beta": beta])
        #expect(scorer.totals["value_gold_pairs"] == 1)
        #expect(scorer.totals["value_gold_found"] == 1)
        #expect(scorer.totals["quote_gold_pairs"] == 1)
        #expect(scorer.totals["stories"] == 1)
        #expect(scorer.summary.count == 6)
        #expect(scorer.summary[0] == "stories=1 unlocated_mentions=0")
        #expect(scorer.summary.last?.hasPrefix("claim_f1=") == true)
    }

    @Test func locatesMentionsAfterADatelineWasCut() {
        let body = "OSLO — Wednesday was cold. The vote came on Wednesday."
        let text = "Wednesday was cold. The vote came on Wednesday."
        let second = ClaimGold.Mention(source: "alpha", text: "Wednesday", occurrence: 2)
        #expect(ClaimGold.locate(second, in: text, body: body) == TextSpan(start: 37, end: 46))
        let missing = ClaimGold.Mention(source: "alpha", text: "Thursday", occurrence: 1)
        #expect(ClaimGold.locate(missing, in: text, body: body) == nil)
    }

    @Test func aMalformedGoldFileIsAOneLineError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString).json")
        try Data("{\"story\": 3".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ClaimGoldError.self) { try ClaimGold.read(url) }
    }
}
