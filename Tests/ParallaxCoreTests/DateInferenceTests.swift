import Testing
@testable import ParallaxCore

@Suite struct DateInferenceTests {
    let analyzer = Analyzer()

    @Test func relativeWeekdayPicksTheDayThatMatchesTheOtherOutlet() throws {
        // The dated outlet (Thursday 2026-03-12) dates the vote to Monday 2026-03-09. The undated one
        // says "on Monday" and "yesterday": only a Tuesday creation date makes "yesterday" that Monday.
        let dated = analyzer.analyze(
            Article(
                id: "a", source: "alpha", published: CalendarDate(iso: "2026-03-12"),
                text: "Parliament approved the budget on Monday, March 9."))
        let undated = Article(id: "b", source: "beta", text: "Parliament approved the budget yesterday after a long debate.")
        let date = DateInference().infer(undated, dated: [dated], recognizer: analyzer.timeRecognizer)
        #expect(date == CalendarDate(iso: "2026-03-10"))
    }

    @Test func withoutEvidenceTheLatestStoryDateIsTaken() {
        let dated = [
            analyzer.analyze(Article(id: "a", source: "alpha", published: CalendarDate(iso: "2026-03-12"), text: "Rain fell.")),
            analyzer.analyze(Article(id: "b", source: "beta", published: CalendarDate(iso: "2026-03-14"), text: "Rain fell.")),
        ]
        let undated = Article(id: "c", source: "gamma", text: "More rain is expected.")
        #expect(DateInference().infer(undated, dated: dated, recognizer: analyzer.timeRecognizer) == CalendarDate(iso: "2026-03-14"))
        #expect(DateInference().infer(undated, dated: [], recognizer: analyzer.timeRecognizer) == nil)
    }

    @Test func reconcilerMarksTheInferredDate() {
        let report = StoryReconciler().report(for: [
            Article(id: "a", source: "alpha", published: CalendarDate(iso: "2026-03-12"), text: "The vote was held on Monday, March 9."),
            Article(id: "b", source: "beta", text: "The vote was held yesterday."),
        ])
        #expect(report.articles[1].publishedInferred)
        #expect(report.articles[1].published == CalendarDate(iso: "2026-03-10"))
        #expect(!report.articles[0].publishedInferred)
    }
}

@Suite struct ActorLinkerAliasTests {
    @Test func gazetteerAliasesLinkAcrossOutlets() {
        let report = StoryReconciler().report(for: [
            Article(id: "a", source: "alpha", published: CalendarDate(iso: "2026-03-12"), text: "The US imposed tariffs on steel."),
            Article(id: "b", source: "beta", published: CalendarDate(iso: "2026-03-12"), text: "The United States imposed tariffs on steel."),
        ])
        let america = report.actors.filter { $0.name == "United States" || $0.name == "US" }
        #expect(america.count == 1)
        #expect(america.first?.sources.count == 2)
    }
}
