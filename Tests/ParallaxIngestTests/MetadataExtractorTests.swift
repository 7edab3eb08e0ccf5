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
}
