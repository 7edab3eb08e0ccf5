import Foundation
import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite("FeedParser")
struct FeedParserTests {
    @Test("reads an RSS 2.0 channel: title, link, guid permalink, pubDate, dc:date, description and content:encoded")
    func rss() throws {
        let feed = try FeedParser().parse(Array(FeedFixtures.rss.utf8))
        #expect(feed.kind == .rss)
        #expect(feed.title == "Eastmere Ledger")
        #expect(feed.damage == nil)
        #expect(feed.items.map(\.title) == ["Ferry contract delayed", "Meteor count", "Photo of the day"])
        #expect(feed.items.map(\.link) == ["https://ledger.example/2031/04/17/ferry", "https://ledger.example/meteors", "https://ledger.example/photo"])
        #expect(feed.items[0].published == FeedDate(date: CalendarDate(year: 2031, month: 4, day: 17)!, secondsOfDay: 84600, utcOffsetMinutes: -300))
        #expect(feed.items[1].published?.utcOffsetMinutes == 345)
        #expect(feed.items[0].summary == "<p>The council delayed the contract.</p>")
        #expect(feed.items[0].content?.hasPrefix("<p>The harbour council") == true)
        #expect(feed.items[2].summary == nil && feed.items[2].content == nil)
    }

    @Test("reads an Atom feed: alternate link, published over updated, html, xhtml and text content")
    func atom() throws {
        let feed = try FeedParser().parse(Array(FeedFixtures.atom.utf8))
        #expect(feed.kind == .atom)
        #expect(feed.title == "Northfold Observer")
        #expect(feed.items.map(\.title) == ["Pier reopens", "Ferry fares", "Storm warning"])
        #expect(feed.items.map(\.link) == ["https://observer.example/pier", "https://observer.example/fares", "https://observer.example/storm"])
        #expect(feed.items.map { $0.published?.date.description } == ["2031-04-18", "2031-04-17", "2031-04-16"])
        #expect(feed.items[0].published?.utcOffsetMinutes == -570)
        #expect(FeedText.paragraphs(feed.items[1].content ?? "", type: feed.items[1].contentType) == ["Fares rise by 3 < 5 percent.", "Islanders object."])
        #expect(feed.items[2].summaryType == .text)
    }

    @Test("a truncated feed keeps the items read before the cut and says so")
    func truncated() throws {
        let text = FeedFixtures.rss
        let cut = text[..<text.range(of: "<title>Photo of the day")!.lowerBound]
        let feed = try FeedParser().parse(Array(cut.utf8))
        #expect(feed.items.count == 2)
        guard case .truncated = feed.damage else {
            Issue.record("expected truncated, got \(String(describing: feed.damage))")
            return
        }
    }

    @Test("a feed cut before its first item is an error")
    func truncatedEarly() {
        let text = FeedFixtures.rss
        let cut = text[..<text.range(of: "<item>")!.lowerBound]
        #expect(throws: FeedParseError.self) { try FeedParser().parse(Array(cut.utf8)) }
    }

    @Test("malformed XML after an item: the item is kept and the damage is malformed")
    func malformed() throws {
        let text = FeedFixtures.rss.replacingOccurrences(of: "<title>Meteor count</title>", with: "<title>Meteor count</titel>")
        let feed = try FeedParser().parse(Array(text.utf8))
        #expect(feed.items.count == 1)
        guard case .malformed(let line, _) = feed.damage else {
            Issue.record("expected malformed, got \(String(describing: feed.damage))")
            return
        }
        #expect(line > 1)
    }

    @Test("binary garbage, a non-feed root and text are refused with one-line errors")
    func notFeeds() {
        #expect(throws: FeedParseError.binaryContent) { try FeedParser().parse([0x00, 0xFF, 0x13, 0x37, 0x00, 0x42]) }
        #expect(throws: FeedParseError.notAFeed(root: "html")) { try FeedParser().parse(Array("<html><body>x</body></html>".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser().parse(Array("just some words".utf8)) }
        #expect(FeedParseError.notAFeed(root: "html").description == "not an RSS 2.0 or Atom feed (root element <html>)")
    }

    @Test("an empty channel parses to no items")
    func empty() throws {
        let feed = try FeedParser().parse(Array(#"<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>"#.utf8))
        #expect(feed.items.isEmpty && feed.damage == nil && feed.title == "Quiet")
    }

    @Test("feed detection by content: <rss and <feed after a declaration, comments and a BOM")
    func sniffing() {
        #expect(FeedSniffer.looksLikeFeed(Array("<?xml version=\"1.0\"?>\n<!-- generator --><rss version=\"2.0\">".utf8)))
        #expect(FeedSniffer.looksLikeFeed([0xEF, 0xBB, 0xBF] + Array("  <feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)))
        #expect(FeedSniffer.looksLikeFeed(Array("<atom:feed xmlns:atom=\"x\">".utf8)))
        #expect(!FeedSniffer.looksLikeFeed(Array("<?xml version=\"1.0\"?><html><body>".utf8)))
        #expect(!FeedSniffer.looksLikeFeed(Array("The feed was cut. <rss".utf8)))
        #expect(!FeedSniffer.looksLikeFeed(Array("<feedback>".utf8)))
        #expect(InputFormat(fileName: "notes.txt", bytes: Array(FeedFixtures.atom.utf8)) == .feed)
        #expect(InputFormat(fileName: "wire.XML.gz") == .feed)
        #expect(InputFormat(fileName: "a.atom") == .feed)
    }
}
