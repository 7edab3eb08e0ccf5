import Foundation
import Testing

@testable import ParallaxIngest

@Suite("ContentSniffer")
struct ContentSnifferTests {
    /// The format the sniffer gives `text`.
    func format(_ text: String) -> InputFormat { ContentSniffer.format(of: Array(text.utf8)) }

    @Test("a JSON object first is JSON Lines, even cut off; prose in braces is not")
    func jsonObjects() {
        #expect(format(#"{"text":"One."}"#) == .jsonLines)
        #expect(format("\n  { \"source\": \"Wire\", \"text\": \"Two.\" }\n") == .jsonLines)
        #expect(format(#"{"text":"The pier clo"#) == .jsonLines)
        #expect(format("{}") == .jsonLines)
        #expect(ContentSniffer.format(of: [0xEF, 0xBB, 0xBF] + Array(#"{"text":"One."}"#.utf8)) == .jsonLines)
        #expect(format("{Editor's note} The pier closed.") == .plainText)
        #expect(format("[1, 2]") == .plainText)
    }

    @Test("feeds by their first element, XML of another kind to the feed reader")
    func feeds() {
        #expect(format("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>") == .feed)
        #expect(format("<feed xmlns=\"http://www.w3.org/2005/Atom\">") == .feed)
        #expect(format("<?xml version=\"1.0\"?><catalog><book/></catalog>") == .feed)
    }

    @Test("web pages by doctype or a leading HTML element, after comments and an XML declaration")
    func webPages() {
        #expect(format("<!DOCTYPE html>\n<html><body><p>The pier closed.</p>") == .html)
        #expect(format("<!-- saved --> <HTML lang=\"en\">") == .html)
        #expect(format("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">") == .html)
        #expect(format("<p>The pier closed.</p>") == .html)
        #expect(format("<article><h1>Pier</h1>") == .html)
    }

    @Test("anything else is plain text")
    func plainText() {
        #expect(format("date 2031-04-17 The pier closed.") == .plainText)
        #expect(format("<3 the pier") == .plainText)
        #expect(format("< The pier > closed") == .plainText)
        #expect(format("") == .plainText)
    }

    @Test("reads the start of markup: declaration, doctype, first element")
    func markupStart() throws {
        let start = try #require(
            MarkupStart(Array("<?xml version=\"1.0\"?><!DOCTYPE HTML PUBLIC \"x\"><atom:feed>".utf8)))
        #expect(start.declaresXML)
        #expect(start.doctype == "html public \"x\"")
        #expect(start.element == "atom:feed")
        #expect(start.localElement == "feed")
        #expect(MarkupStart(Array("The pier <b>closed</b>".utf8)) == nil)
        #expect(MarkupStart(Array("<!-- never closed".utf8))?.element == nil)
    }

    @Test("a name with a known extension wins; inputs without one are sniffed")
    func namesAndContent() {
        let record = Array(#"{"text":"The pier closed."}"#.utf8)
        #expect(InputFormat(fileName: "", bytes: record) == .jsonLines)
        #expect(InputFormat(fileName: "download", bytes: record) == .jsonLines)
        #expect(InputFormat(fileName: "records.json", bytes: record) == .jsonLines)
        #expect(InputFormat(fileName: "notes.txt", bytes: record) == .plainText)
        #expect(InputFormat(fileName: "page", bytes: Array("<!doctype html><p>x</p>".utf8)) == .html)
        #expect(InputFormat(fileName: "page.md", bytes: Array("<!doctype html><p>x</p>".utf8)) == .plainText)
    }

    @Test("standard input: JSON Lines records become articles, a broken line one diagnostic naming it")
    func standardInput() {
        let reader = ArticleReader()
        let text =
            "{\"source\":\"Ledger\",\"text\":\"The pier closed.\"}\n{\"source\":\"Wire\",\"text\":\"The pier clo\n"
        let result = reader.read(data: Data(text.utf8), origin: "-")
        #expect(result.articles.map(\.source) == ["Ledger"])
        #expect(result.diagnostics.map(\.description) == ["parallax: -:2: not valid JSON"])
    }
}
