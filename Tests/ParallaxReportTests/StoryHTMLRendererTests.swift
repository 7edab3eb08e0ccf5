import ParallaxCore
@testable import ParallaxReport
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
    @Test func everySectionTheClaimMatrixAndBothGraphicsArePresent() throws {
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
        #expect(html.components(separatedBy: "<td class=\"conflict\" data-source=").count - 1 >= 2)
        // Conflicts come first, open, and carry the fact's id, the target of the matrix's link.
        let conflicts = section("conflicts", of: html)
        let conflict = try #require(report.conflicts.first)
        #expect(conflicts.contains("<details class=\"fact conflict\" id=\"\(conflict.id)\" open>"))
        #expect(html.contains("<a href=\"#\(conflict.id)\">\(conflict.id)</a>"))
        let order = ["summary", "conflicts", "claims", "quotes", "facts"].compactMap { html.range(of: "<section id=\"\($0)\">")?.lowerBound }
        #expect(order == order.sorted() && order.count == 5)
        #expect(html.contains("<nav class=toc"))
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
        let claims = section("claims", of: html)
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

@Suite struct StoryHTMLFoldingTests {
    static let first = ["Mira", "Ansel", "Tova", "Ruben", "Ida", "Olek", "Pia", "Emil", "Sune", "Greta"]
    static let last = ["Holt", "Bray", "Lind", "Kade", "Marsh"]
    static let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo"]

    /// A sentence of its own for outlet `number` (below 64): four invented words no other outlet's
    /// sentence has, so no two outlets' quotations read as one statement, whoever the tagger takes
    /// the councillors for.
    static func words(_ number: Int) -> String {
        let word = { (slot: Int) in syllables[number % 8] + syllables[number / 8 % 8] + syllables[slot] + "n" }
        return "The \(word(1)) of \(word(2)) brings \(word(3)) to \(word(4))"
    }

    /// Fifty outlets report one invented vote, each with its own quotation and two numbers.
    static var articles: [Article] {
        (1...50).map { number in
            Article(
                id: "t\(number)", source: "outlet-\(number)", title: "Council backs tram line", published: CalendarDate(iso: "2026-02-12"),
                text: "DUNMERE — The Dunmere city council approved a tram line by \(number % 7 == 0 ? "29 votes to 14" : "31 votes to 12") on Thursday. "
                    + "“The line will carry \(10_000 + number % 3 * 1_000) riders a day,” mayor Oskar Lindqvist said. "
                    + "Councillor \(first[number % 10]) \(last[number / 10 % 5])berg said: “\(words(number))”. It costs €\(400 + number % 2 * 10) million.")
        }
    }

    @Test func aFiftyOutletStoryFoldsItsLongListsIntoToggles() {
        let report = storyReport(Self.articles)
        let html = StoryHTMLRenderer().render(report)
        // Every article is listed, but only the first ten rows of the sources table are open.
        let sources = section("sources", of: html)
        #expect(sources.contains("<details class=more><summary>Show 40 more articles</summary>"))
        #expect(sources.components(separatedBy: "<tr><td>outlet-").count - 1 == 50)
        // One toggle per statement, most of them folded behind "show more".
        let quotes = section("quotes", of: html)
        #expect(quotes.components(separatedBy: "<details class=\"quote ").count - 1 == report.quotes.count)
        #expect(report.quotes.count > 10 && quotes.contains("<details class=more><summary>Show "))
        // A conflict given by fifty outlets starts closed, its summary line naming each value's outlet count.
        if let conflict = report.conflicts.first(where: { $0.values.count > HTMLFactList.shownValues }) {
            #expect(html.contains("<details class=\"fact conflict\" id=\"\(conflict.id)\"><summary>"))
            #expect(html.contains("outlets)"))
        }
        // The coverage chart names the 30 outlets giving most facts in full, and counts the rest.
        let coverage = html.components(separatedBy: "class=\"coverage\"").last?.components(separatedBy: "</svg>").first ?? ""
        #expect(coverage.contains(">outlet-1<title>outlet-1</title>"))
        #expect(coverage.contains("and 20 more outlets"))
    }

    @Test func aServedPageBoundsEachSectionAndLinksToThePageWithAllOfIt() {
        let report = storyReport(Self.articles)
        let bounded = StoryHTMLRenderer(linksArticles: true, inlineItems: 5, sectionLink: "/stories/9?all=")
        let sources = section("sources", of: bounded.render(report))
        #expect(sources.contains("<p class=all><a href=\"/stories/9?all=sources#sources\">All 50 articles →</a></p>"))
        #expect(sources.components(separatedBy: "<tr><td>outlet-").count - 1 == 5)
        var full = bounded
        full.fullSection = "sources"
        let all = section("sources", of: full.render(report))
        #expect(all.components(separatedBy: "<tr><td>outlet-").count - 1 == 50 && !all.contains("class=all"))
        #expect(section("actors", of: full.render(report)).components(separatedBy: "<tr id=").count - 1 <= 5)
        #expect(ReportAnchor.count(of: "sources", in: report) == 50)
        #expect(!StoryHTMLRenderer().render(report).contains("class=all"))
    }

    @Test func foldingShowsTheFirstItemsAndPagesTheRest() {
        let items = (1...60).map { "<li>\($0)</li>" }
        let html = HTMLFold.items(items, shown: 10, page: 25, noun: "things") { "<ul>" + $0.joined() + "</ul>" }
        #expect(html.hasPrefix("<ul><li>1</li>"))
        #expect(html.contains("<summary>Show 25 more things (50 not shown)</summary><ul><li>11</li>"))
        #expect(html.contains("<summary>Show 25 more things</summary><ul><li>36</li>"))
        #expect(!html.contains("Show 0"))
        #expect(HTMLFold.items(Array(items.prefix(3)), shown: 10, page: 25, noun: "things") { $0.joined() } == "<li>1</li><li>2</li><li>3</li>")
        #expect(HTMLFold.items([], shown: 10, page: 25, noun: "things") { $0.joined() }.isEmpty)
    }

    @Test func theReportAnchorsAnArticlesValuesQuotationsAndDates() throws {
        let report = storyReport(Array(Self.articles.prefix(3)))
        let anchors = ReportAnchor.all(in: report, article: "t1")
        let text = Self.articles[0].text.unicodeScalars.map { $0 }
        for anchor in anchors {
            #expect(anchor.start >= 0 && anchor.end <= text.count && anchor.start < anchor.end)
        }
        let fact = try #require(anchors.first { $0.kind == .fact })
        #expect(report.facts.contains { $0.id == fact.id && $0.values.contains { $0.reference.article == "t1" } })
        #expect(anchors.contains { $0.kind == .quote && $0.id.hasPrefix("q") })
        #expect(ReportAnchor.all(in: report, article: "nobody").isEmpty)
    }

    @Test func servedReportsLinkEachSpanToItsWordsInTheArticle() {
        let report = storyReport(Array(Self.articles.prefix(2)))
        let served = StoryHTMLRenderer(linksArticles: true).render(report)
        #expect(served.contains("<a href=\"/articles/t1#:~:text="))
        #expect(!StoryHTMLRenderer().render(report).contains("href=\"/articles/"))
        #expect(HTMLSourceLink.fragment("a b-c, d") == "#:~:text=a%20b%2Dc%2C%20d")
        #expect(HTMLSourceLink.fragment("one two three four five six seven eight nine ten eleven") == "#:~:text=one%20two%20three%20four,eight%20nine%20ten%20eleven")
    }
}

/// The markup of section `id` of a rendered report.
private func section(_ id: String, of html: String) -> String {
    html.components(separatedBy: "<section id=\"\(id)\">").last?.components(separatedBy: "</section>").first ?? ""
}
