import Foundation
import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite("Reading feeds")
struct FeedReaderTests {
    let reader = ArticleReader()

    @Test("each RSS item with text becomes an article; the item without text is one error")
    func rssArticles() {
        let result = reader.read(data: Data(FeedFixtures.rss.utf8), origin: "feeds/ledger.rss")
        #expect(result.articles.map(\.text) == [FeedFixtures.firstItemText, FeedFixtures.secondItemText])
        #expect(result.articles.map(\.source) == ["Eastmere Ledger", "Eastmere Ledger"])
        #expect(result.articles.map(\.title) == ["Ferry contract delayed", "Meteor count"])
        #expect(result.articles.map(\.url) == ["https://ledger.example/2031/04/17/ferry", "https://ledger.example/meteors"])
        #expect(result.articles.map(\.published) == [CalendarDate(year: 2031, month: 4, day: 17), CalendarDate(year: 2031, month: 4, day: 18)])
        #expect(result.articles.allSatisfy { $0.origin == "feeds/ledger.rss" })
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.description.hasPrefix("parallax: feeds/ledger.rss:") == true)
        #expect(result.diagnostics.first?.message == "feed item “Photo of the day” has no text (no content, summary or description); skipped")
    }

    @Test("Atom entries: content over summary, text summaries split at blank lines, the file name as outlet without a feed title")
    func atomArticles() {
        let untitled = FeedFixtures.atom.replacingOccurrences(of: #"<title type="text">Northfold Observer</title>"#, with: "")
        let result = reader.read(data: Data(untitled.utf8), origin: "observer.atom")
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.map(\.text) == [
            "The pier reopened after repairs.\n\nFishing boats returned.", "Fares rise by 3 < 5 percent.\n\nIslanders object.",
            "Gales are expected.\n\nFerries may stop.",
        ])
        #expect(result.articles.map(\.source) == ["observer", "observer", "observer"])
    }

    @Test("a feed is recognised by its content whatever its name, gzip included")
    func detectionByContent() throws {
        let asText = reader.read(data: Data(FeedFixtures.atom.utf8), origin: "download.txt")
        #expect(asText.articles.count == 3)
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(FeedFixtures.atom, to: "download", in: folder)
            let result = reader.read(paths: [path])
            #expect(result.articles.first?.source == "Northfold Observer")
        }
    }

    @Test("truncated and malformed feeds: one error line each, the items before the break kept")
    func damagedFeeds() {
        let text = FeedFixtures.rss
        let cut = String(text[..<text.range(of: "<title>Photo of the day")!.lowerBound])
        let truncated = reader.read(data: Data(cut.utf8), origin: "cut.rss")
        #expect(truncated.articles.count == 2)
        #expect(truncated.diagnostics.count == 1)
        #expect(truncated.diagnostics.first?.message.hasPrefix("feed is truncated") == true)
        #expect(truncated.diagnostics.first?.message.hasSuffix("kept the 2 items read before it") == true)

        let broken = text.replacingOccurrences(of: "<title>Meteor count</title>", with: "<title>Meteor count</titel>")
        let malformed = reader.read(data: Data(broken.utf8), origin: "broken.rss")
        #expect(malformed.articles.count == 1)
        #expect(malformed.diagnostics.map(\.severity) == [.error])
        #expect(malformed.diagnostics.first?.message.hasPrefix("malformed feed XML at line") == true)
        #expect(malformed.diagnostics.allSatisfy { !$0.description.contains("\n") })
    }

    @Test("an empty feed, binary garbage named .rss and a non-feed .xml are one error each")
    func unusableFeeds() {
        let empty = reader.read(data: Data(#"<rss version="2.0"><channel><title>Quiet</title></channel></rss>"#.utf8), origin: "quiet.rss")
        #expect(empty.articles.isEmpty)
        #expect(empty.diagnostics.map(\.description) == ["parallax: quiet.rss: feed has no items"])

        var garbage: [UInt8] = []
        var state: UInt32 = 2_463_534_242
        for _ in 0..<4096 {
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            garbage.append(UInt8(truncatingIfNeeded: state))
        }
        let binary = reader.read(data: Data(garbage), origin: "noise.rss")
        #expect(binary.articles.isEmpty)
        #expect(binary.diagnostics.map(\.description) == ["parallax: noise.rss: binary content, not an RSS or Atom feed"])

        let other = reader.read(data: Data(#"<?xml version="1.0"?><sitemap><loc>x</loc></sitemap>"#.utf8), origin: "sitemap.xml")
        #expect(other.diagnostics.map(\.description) == ["parallax: sitemap.xml: not an RSS 2.0 or Atom feed (root element <sitemap>)"])
    }
}
