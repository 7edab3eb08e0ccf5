import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite("MetadataExtractor")
struct MetadataExtractorTests {
    @Test("each field carries the source it was read from")
    func provenance() throws {
        let head = """
            <meta property="og:site_name" content="Eastmere Ledger">
            <meta property="article:published_time" content="2031-04-17T08:00:00Z">
            <meta name="description" content="The council delayed the ferry contract.">
            <link rel="canonical" href="https://ledger.example/2031/04/17/ferry">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry deal delayed",
              "author":[{"@type":"Person","name":"Ana Holm"},{"@type":"Person","name":"Per Vik"}],"dateModified":"2031-04-18"}</script>
            """
        let metadata = MetadataExtractor().metadata(of: HTMLDocument(HTMLFixtures.newsPage(extraHead: head)))
        #expect(metadata.title == SourcedValue("Ferry deal delayed", from: .jsonLD))
        #expect(metadata.authors == SourcedValue(["Ana Holm", "Per Vik"], from: .jsonLD))
        #expect(metadata.published == SourcedValue(CalendarDate(year: 2031, month: 4, day: 17)!, from: .openGraph))
        #expect(metadata.modified == SourcedValue(CalendarDate(year: 2031, month: 4, day: 18)!, from: .jsonLD))
        #expect(metadata.siteName == SourcedValue("Eastmere Ledger", from: .openGraph))
        #expect(metadata.canonicalURL == SourcedValue("https://ledger.example/2031/04/17/ferry", from: .canonicalLink))
        #expect(metadata.language == SourcedValue("en-GB", from: .htmlLang))
        #expect(metadata.description == SourcedValue("The council delayed the ferry contract.", from: .metaTag))
    }

    @Test("the title element loses its site suffix; the date comes from <time> or else the URL")
    func fallbacks() {
        let metadata = MetadataExtractor().metadata(of: HTMLDocument(HTMLFixtures.newsPage()), url: "https://ledger.example/news/2031/04/16/ferry")
        #expect(metadata.title == SourcedValue("Ferry contract delayed", from: .titleElement))
        #expect(metadata.published == SourcedValue(CalendarDate(year: 2031, month: 4, day: 16)!, from: .url))
        let timed = MetadataExtractor().metadata(of: HTMLDocument("<p><time datetime=\"2031-02-03T10:00\">3 Feb</time></p>"))
        #expect(timed.published == SourcedValue(CalendarDate(year: 2031, month: 2, day: 3)!, from: .timeElement))
    }

    @Test("dates written as JavaScript and RFC 2822 write them are read; placeholder dates give way to the URL's")
    func writtenAndPlaceholderDates() {
        let javaScript = MetadataExtractor().metadata(
            of: HTMLDocument("<p><time datetime=\"Wed Nov 20 2031 08:00:58 GMT+0000 (Coordinated Universal Time)\">Nov 20</time></p>"))
        #expect(javaScript.published == SourcedValue(CalendarDate(year: 2031, month: 11, day: 20)!, from: .timeElement))
        let rfc = MetadataExtractor().metadata(
            of: HTMLDocument(HTMLFixtures.newsPage(extraHead: #"<meta name="pubdate" content="Thu, 21 Nov 2031 09:10:00 +0000">"#)))
        #expect(rfc.published == SourcedValue(CalendarDate(year: 2031, month: 11, day: 21)!, from: .metaTag))
        for placeholder in ["0001-01-01T00:00:00Z", "1970-01-01", "1900-01-01T00:00:00"] {
            let head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"\(placeholder)\"}</script>"
            let page = MetadataExtractor().metadata(
                of: HTMLDocument(HTMLFixtures.newsPage(extraHead: head)), url: "https://ledger.example/2031/11/19/ferry")
            #expect(page.published == SourcedValue(CalendarDate(year: 2031, month: 11, day: 19)!, from: .url), "\(placeholder)")
        }
        #expect(MetadataExtractor.metadataDate("not a date") == nil)
        #expect(MetadataExtractor.metadataDate("") == nil)
    }

    /// A page whose only date is in its byline.
    static func bylinePage(_ byline: String, head: String = "") -> HTMLDocument {
        HTMLDocument(
            """
            <html><head>\(head)</head><body><nav>Today is March 3, 2031</nav><article><h1>Ferry contract delayed</h1>
            <div class="byline">By Ana Holm · \(byline)</div>
            <p>The harbour council delayed the ferry contract, officials said on Tuesday after a long meeting.</p>
            <p>A review is due on 14 May 2031.</p></article></body></html>
            """)
    }

    @Test("with no structured date, a visible dateline or byline date is taken (visibleText)")
    func visibleDateline() {
        let expected = CalendarDate(year: 2025, month: 1, day: 21)!
        for byline in [
            "January 21, 2025", "Jan. 21, 2025", "21 Jan 2025", "21st January 2025", "2025-01-21",
            "Published 3:04 PM EST, Tue January 21, 2025", "Updated: Tuesday 21 January 2025 15:04",
        ] {
            let metadata = MetadataExtractor().metadata(of: Self.bylinePage(byline))
            #expect(metadata.published == SourcedValue(expected, from: .visibleText), "\(byline)")
        }
        let none = MetadataExtractor().metadata(of: Self.bylinePage("Staff reporter"))
        #expect(none.published == nil)  // the body's "14 May 2031" is not a dateline
        let dateline = MetadataExtractor().metadata(
            of: HTMLDocument("<h1>Headline</h1><p>WASHINGTON, January 21, 2025 — The council delayed the ferry contract again, officials said on Tuesday.</p>"))
        #expect(dateline.published == SourcedValue(expected, from: .visibleText))
        let numeric = MetadataExtractor().metadata(of: HTMLDocument("<h1>Headline</h1><p>Filed 01/02/2025, 2025-01-021 and May 2025.</p>"))
        #expect(numeric.published == nil)
        let structured = MetadataExtractor().metadata(
            of: Self.bylinePage("January 21, 2025", head: #"<meta property="article:published_time" content="2025-01-20T23:00:00Z">"#))
        #expect(structured.published == SourcedValue(CalendarDate(year: 2025, month: 1, day: 20)!, from: .openGraph))
    }

    @Test("the visible date search does not change the extracted body")
    func visibleDateLeavesBody() throws {
        let html = """
            <html><body><article><h1>Ferry contract delayed</h1><p class="byline">Published January 21, 2025</p>
            \(HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined())</article></body></html>
            """
        let page = try HTMLArticleExtractor().extract(Array(html.utf8))
        #expect(page.metadata.published?.source == .visibleText)
        #expect(page.paragraphs.contains(HTMLFixtures.paragraphs[0]))
    }

    @Test("a published date in the future of the page's own modified and URL dates is dropped")
    func futureDateRejected() {
        let future = """
            <meta property="article:published_time" content="2031-09-01T08:00:00Z">
            <meta property="article:modified_time" content="2031-04-18T08:00:00Z">
            """
        let page = HTMLFixtures.newsPage(extraHead: future)
        let withURL = MetadataExtractor().metadata(of: HTMLDocument(page), url: "https://ledger.example/2031/04/17/ferry")
        #expect(withURL.published == SourcedValue(CalendarDate(year: 2031, month: 4, day: 17)!, from: .url))
        let withoutURL = MetadataExtractor().metadata(of: HTMLDocument(page))
        #expect(withoutURL.published == nil)
        let futureByline = MetadataExtractor().metadata(
            of: Self.bylinePage("January 21, 2035", head: #"<meta name="datemodified" content="2031-04-18">"#))
        #expect(futureByline.published == nil)
        let slack = HTMLFixtures.newsPage(extraHead: #"<meta property="article:published_time" content="2031-04-18T01:00:00Z">"#)
        let nextDay = MetadataExtractor().metadata(of: HTMLDocument(slack), url: "https://ledger.example/2031/04/17/ferry")
        #expect(nextDay.published == SourcedValue(CalendarDate(year: 2031, month: 4, day: 18)!, from: .openGraph))
    }
}
