import Foundation
import Testing

/// `-` reads standard input, its format recognized by content since there is no file name to go by.
@Suite("standard input")
struct StandardInputTests {
    /// The `parallax/article@1` objects `analyze -` prints for `input`, with the run.
    func analyze(_ input: String, _ extra: [String] = []) throws -> (ProcessResult, [[String: Any]]) {
        let result = try ParallaxProcess.run(["analyze", "-"] + extra, input: Array(input.utf8))
        let objects = try result.standardOutput.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
        return (result, objects)
    }

    @Test("plain text: header and dateline read, one article from stdin")
    func plainText() throws {
        let (result, articles) = try analyze(CLIFixtures.plainText)
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(articles.count == 1)
        #expect(articles.first?["source"] as? String == "stdin")
        #expect(articles.first?["published"] as? String == "2031-04-17")
        #expect(articles.first?["dateline"] as? String == "EASTMERE")
    }

    @Test("JSON Lines: one article per record, not the JSON as prose")
    func jsonLines() throws {
        let (result, articles) = try analyze(CLIFixtures.jsonLines)
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(articles.map { $0["source"] as? String } == ["Eastmere Ledger", "Northfold Wire"])
        #expect(articles.first?["text"] as? String == "The harbour council delayed the ferry contract on Tuesday.")
        let compare = try ParallaxProcess.run(["compare", "-"], input: Array(CLIFixtures.jsonLines.utf8))
        #expect(compare.status == 0)
        #expect(compare.standardOutput.contains("Eastmere Ledger"))
        #expect(!compare.standardOutput.contains("{\"id\""))
    }

    @Test("an RSS feed: one article per item, the outlet from the channel title")
    func rssFeed() throws {
        let (result, articles) = try analyze(CLIFixtures.rss)
        #expect(result.status == 0)
        #expect(articles.map { $0["title"] as? String } == ["Ferry contract delayed", "Council to vote in May"])
        #expect(articles.allSatisfy { $0["source"] as? String == "Eastmere Ledger" })
        #expect(articles.map { $0["published"] as? String } == ["2031-04-17", "2031-04-18"])
    }

    @Test("a text of 450 KB: analyzed in parts of at most 200,000 bytes, with one warning line")
    func hugeText() throws {
        let sentence = "The harbour council of Eastmere delayed the ferry contract on Tuesday, Ada Brennan said. "
        let paragraph = String(repeating: sentence, count: 12).trimmingCharacters(in: .whitespaces)
        let body = Array(repeating: paragraph, count: 450_000 / (paragraph.utf8.count + 2) + 1).joined(separator: "\n\n")
        let (result, articles) = try analyze(body)
        #expect(result.status == 0)
        let warnings = result.standardError.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("parts of at most 195.3 KiB") == true)
        #expect(articles.count == 3)
        #expect(articles.compactMap { $0["text"] as? String }.joined() == body)
        #expect(articles.allSatisfy { ($0["entities"] as? [Any])?.isEmpty == false })
    }

    @Test("a web page: the article body extracted from the markup")
    func htmlPage() throws {
        let (result, articles) = try analyze(CLIFixtures.html)
        #expect(result.status == 0)
        #expect(articles.count == 1)
        let text = try #require(articles.first?["text"] as? String)
        #expect(text.hasPrefix("The harbour council delayed the ferry contract on Tuesday"))
        #expect(!text.contains("<p>"))
        #expect(articles.first?["source"] as? String == "Eastmere Ledger")
    }

    @Test("a truncated JSON line: one diagnostic naming the line; the good record still goes through")
    func truncatedLine() throws {
        let (result, articles) = try analyze(CLIFixtures.truncatedJSONLines)
        #expect(result.status == 0)
        #expect(articles.count == 1)
        #expect(result.errorLines == ["parallax: -:2: not valid JSON"])
    }

    @Test("a truncated JSON line with --strict exits non-zero after the diagnostic")
    func truncatedLineStrict() throws {
        let result = try ParallaxProcess.run(
            ["compare", "--strict", "-"], input: Array(CLIFixtures.truncatedJSONLines.utf8))
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.first == "parallax: -:2: not valid JSON")
        #expect(result.errorLines.count == 2)
    }

    @Test("a single truncated JSON line is nothing readable: non-zero exit")
    func onlyTruncatedLine() throws {
        let result = try ParallaxProcess.run(
            ["compare", "-"], input: Array(#"{"text": "The harbour council del"#.utf8))
        #expect(result.status == 1)
        #expect(result.errorLines == ["parallax: -:1: not valid JSON", "Error: no article could be read"])
    }
}
