import ParallaxCore
import ParallaxReport
import Testing

@Suite struct StoryHTMLRendererTests {
    static let hostile = "<script>alert('x')</script> & <img src=x onerror=\"steal()\">"

    func report(text: String, source: String) -> StoryReport {
        let article = Article(id: "a1", source: source, title: text, text: "The council said on Monday: “\(text)” and left.")
        return storyReport([article])
    }

    @Test func escapesEveryPieceOfArticleText() {
        let html = StoryHTMLRenderer().render(report(text: Self.hostile, source: "<b>outlet</b>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>outlet"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("&lt;b&gt;outlet&lt;/b&gt;"))
    }

    @Test func isOneSelfContainedPage() {
        let html = StoryHTMLRenderer().render(report(text: "fine words", source: "alpha"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
    }

    @Test func controlCharactersAreDropped() {
        #expect(HTMLText.escape("a\u{0}b\u{7}c\nd") == "abc\nd")
    }
}

@Suite struct StoryHTMLSectionsTests {
    @Test func everySectionTheClaimMatrixAndBothGraphicsArePresent() {
        let articles = [
            Article(
                id: "a", source: "alpha", published: CalendarDate(iso: "2026-02-10"),
                text: "Austria and Chile held talks in Vienna on Monday. The talks lasted two hours."),
            Article(
                id: "b", source: "beta", published: CalendarDate(iso: "2026-02-10"),
                text: "Chile and Austria met in Vienna on Monday. Their meeting lasted three hours."),
        ]
        let report = storyReport(articles)
        let html = StoryHTMLRenderer().render(report)
        for id in ["sources", "summary", "actors", "coverage", "claims", "facts", "conflicts", "single-source", "quotes", "timeline"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        #expect(html.contains("class=\"coverage\""))
        #expect(html.contains("class=\"timeline\""))
        #expect(html.contains("<table class=claims>"))
        // The two durations conflict: the claim matrix marks both cells.
        #expect(html.components(separatedBy: "<td class=\"conflict\">").count - 1 >= 2)
    }

    @Test func emptyReportStillRendersEverySection() {
        let html = StoryHTMLRenderer().render(storyReport([]))
        #expect(html.contains("<section id=\"timeline\">"))
        #expect(html.contains("None."))
    }
}

@Suite struct StoryHTMLManySourcesTests {
    /// Eight outlets report one invented vote; seven give the same tally.
    static var articles: [Article] {
        (1...8).map { number in
            let tally = number == 8 ? "29 votes to 14" : "31 votes to 12"
            return Article(
                id: "v\(number)", source: "outlet-\(number)", title: "Council backs tram line", published: CalendarDate(iso: "2026-02-12"),
                text: "DUNMERE — The Dunmere city council approved a tram line to the university by \(tally) on Thursday, mayor Oskar Lindqvist said.")
        }
    }

    @Test func aStoryOfManySourcesGetsOneRowPerFactWithItsValuesGrouped() {
        let report = storyReport(Self.articles)
        let html = StoryHTMLRenderer().render(report)
        let claims = html.components(separatedBy: "<section id=\"claims\">").last?.components(separatedBy: "</section>").first ?? ""
        #expect(claims.contains("class=\"claims grouped\""))
        #expect(claims.components(separatedBy: "<th>").count - 1 == 3)
        #expect(claims.contains("<details><summary>+"))
        #expect(!claims.contains("<th>outlet-1</th>"))
    }

    @Test func aStoryOfFewSourcesKeepsOneColumnPerArticle() {
        let html = StoryHTMLRenderer().render(storyReport(Array(Self.articles.prefix(3))))
        #expect(html.contains("<th>outlet-1</th>"))
        #expect(!html.contains("claims grouped"))
    }
}
