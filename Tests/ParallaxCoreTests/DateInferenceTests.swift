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
        let undated = analyzer.analyze(
            Article(id: "b", source: "beta", text: "Parliament approved the budget yesterday after a long debate."))
        let date = DateInference().infer(undated, dated: [dated], recognizer: analyzer.timeRecognizer)
        #expect(date == CalendarDate(iso: "2026-03-10"))
    }

    @Test func redatingRereadsTimesAndStatementsFromTheTokenLayer() throws {
        let article = Article(id: "b", source: "beta", text: "Parliament approved the budget yesterday after a long debate.")
        let undated = analyzer.analyze(article)
        #expect(undated.times.first?.resolved == false)
        let date = try #require(CalendarDate(iso: "2026-03-10"))
        let redated = analyzer.redated(undated, to: date)
        #expect(redated.times.first?.value == "2026-03-09")
        #expect(redated.article.published == date)
        #expect(redated.tokens == undated.tokens)
        // The same document as analyzing the article on that date from scratch.
        #expect(redated == analyzer.analyze(article, documentDate: date))
    }

    @Test func withoutEvidenceTheLatestStoryDateIsTaken() {
        let dated = [
            analyzer.analyze(Article(id: "a", source: "alpha", published: CalendarDate(iso: "2026-03-12"), text: "Rain fell.")),
            analyzer.analyze(Article(id: "b", source: "beta", published: CalendarDate(iso: "2026-03-14"), text: "Rain fell.")),
        ]
        let undated = analyzer.analyze(Article(id: "c", source: "gamma", text: "More rain is expected."))
        #expect(DateInference().infer(undated, dated: dated, recognizer: analyzer.timeRecognizer) == CalendarDate(iso: "2026-03-14"))
        #expect(DateInference().infer(undated, dated: [], recognizer: analyzer.timeRecognizer) == nil)
    }

    @Test func reconcilerMarksTheInferredDate() {
        let report = storyReport([
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
        let report = storyReport([
            Article(id: "a", source: "alpha", published: CalendarDate(iso: "2026-03-12"), text: "The US imposed tariffs on steel."),
            Article(id: "b", source: "beta", published: CalendarDate(iso: "2026-03-12"), text: "The United States imposed tariffs on steel."),
        ])
        let america = report.actors.filter { $0.name == "United States" || $0.name == "US" }
        #expect(america.count == 1)
        #expect(america.first?.sources.count == 2)
    }
}

@Suite struct DateConsensusTests {
    @Test func aWeekAndADayInItNarrowToTheDay() {
        let date = CalendarDate(iso: "2025-01-22")
        let report = storyReport([
            Article(id: "a", source: "alpha", published: date, text: "The two leaders spoke by phone last week about trade."),
            Article(id: "b", source: "beta", published: date, text: "The two leaders spoke by phone on Friday about trade."),
        ])
        let call = report.facts.first { $0.kind == .date && $0.values.count == 2 }
        #expect(call?.verdict == .compatible)
        #expect(call?.consensus == "2025-01-17")
    }

    @Test func conflictingOrSingleDatesHaveNoConsensus() {
        let date = CalendarDate(iso: "2025-01-22")
        let report = storyReport([
            Article(id: "a", source: "alpha", published: date, text: "The plant closed in March 2019 after the fire.")
        ])
        #expect(report.facts.allSatisfy { $0.consensus == nil })
    }
}
