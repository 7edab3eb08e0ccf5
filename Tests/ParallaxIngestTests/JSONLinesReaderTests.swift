import Foundation
import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite("JSONLinesReader")
struct JSONLinesReaderTests {
    func read(_ text: String, options: ReadOptions = ReadOptions(), origin: String = "feeds/ledger.jsonl")
        -> IngestResult
    {
        JSONLinesReader(options: options).read(text, origin: origin)
    }

    @Test("reads every field of a record")
    func allFields() throws {
        let line = #"""
            {"id":"ledger-1","source":"Eastmere Ledger","url":"https://ledger.example/1","title":"Pier closes","date":"2031-04-17","text":"The pier closed on Tuesday."}
            """#
        let result = read(line)
        #expect(result.diagnostics.isEmpty)
        let article = try #require(result.articles.first)
        #expect(article.id == "ledger-1")
        #expect(article.source == "Eastmere Ledger")
        #expect(article.url == "https://ledger.example/1")
        #expect(article.title == "Pier closes")
        #expect(article.published == CalendarDate(year: 2031, month: 4, day: 17))
        #expect(article.text == "The pier closed on Tuesday.")
        #expect(article.origin == "feeds/ledger.jsonl")
    }

    @Test("defaults the outlet to the file name and the id to the body hash")
    func defaults() throws {
        let article = try #require(read(#"{"text":"The pier closed."}"#).articles.first)
        #expect(article.source == "ledger")
        #expect(article.id == ArticleIdentifier.identifier(for: "The pier closed."))
        #expect(article.published == nil)
    }

    @Test("accepts an integer id")
    func integerIdentifier() {
        #expect(read(#"{"id":42,"text":"The pier closed."}"#).articles.first?.id == "42")
    }

    @Test("takes the date part of a timestamp")
    func timestamp() {
        let result = read(#"{"date":"2031-04-17T23:10:00+02:00","text":"The pier closed."}"#)
        #expect(result.articles.first?.published == CalendarDate(year: 2031, month: 4, day: 17))
    }

    @Test("warns about an unreadable date and falls back to the option date")
    func badDate() {
        let fallback = CalendarDate(year: 2031, month: 1, day: 2)
        let result = read(#"{"date":"last Tuesday","text":"The pier closed."}"#, options: ReadOptions(date: fallback))
        #expect(result.articles.first?.published == fallback)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.line == 1)
    }

    @Test("reports a bad line by number and reads the others")
    func badLineInTheMiddle() {
        let text = """
            {"text":"First report."}
            {"text": "Second report.",
            {"text":"Third report."}

            {"title":"no body"}
            ["not", "an", "object"]
            {"text":42}
            {"text":"   "}
            {"text":"Last report."}
            """
        let result = read(text)
        #expect(result.articles.map(\.text) == ["First report.", "Third report.", "Last report."])
        #expect(result.diagnostics.map(\.line) == [2, 5, 6, 7, 8])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.origin == "feeds/ledger.jsonl" })
        #expect(
            result.diagnostics.map(\.message) == [
                "not valid JSON", "no \"text\" field", "not a JSON object", "\"text\" is not a string",
                "\"text\" is empty",
            ])
        #expect(result.diagnostics.first?.description == "parallax: feeds/ledger.jsonl:2: not valid JSON")
    }

    @Test("reads CRLF line endings")
    func crlf() {
        let result = read("{\"text\":\"One.\"}\r\n{\"text\":\"Two.\"}\r\n")
        #expect(result.articles.map(\.text) == ["One.", "Two."])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("finds a dateline in the text, except in raw mode")
    func datelineAndRaw() {
        let line = #"{"text":"  KORVIK — The shipyard reopened.\r\nWorkers cheered. \n"}"#
        let article = read(line).articles.first
        #expect(article?.dateline == "KORVIK")
        #expect(article?.text == "The shipyard reopened.\nWorkers cheered.")
        let raw = read(line, options: ReadOptions(raw: true)).articles.first
        #expect(raw?.dateline == nil)
        #expect(raw?.text == "  KORVIK — The shipyard reopened.\r\nWorkers cheered. \n")
    }

    @Test("reports a file with only blank lines as empty")
    func onlyBlankLines() {
        let result = read("\n  \n\n")
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.message) == [IngestError.emptyText.description])
    }
}
