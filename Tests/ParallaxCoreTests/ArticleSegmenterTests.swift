import Testing

@testable import ParallaxCore

@Suite("ArticleSegmenter")
struct ArticleSegmenterTests {
    /// A written paragraph of about 330 bytes; repeated, it makes a long text with paragraph breaks.
    let paragraph = """
        The harbour council of Eastmere delayed the ferry contract on Tuesday after a second bid arrived \
        late. Councillor Ada Brennan said the delay would cost 40,000 crowns. “We will not sign in a hurry,” \
        she told the Eastmere Ledger. The port authority, which runs the terminal, asked for a new vote \
        before the end of the month.
        """

    func article(_ text: String) -> Article {
        Article(
            id: "a1", source: "ledger", url: "https://example.test/a1", title: "Ferry contract delayed",
            published: CalendarDate(year: 2031, month: 4, day: 17), dateline: "EASTMERE", text: text)
    }

    @Test("a text within the limit is the article itself")
    func short() {
        let segmenter = ArticleSegmenter(limit: 1_000)
        let whole = article(paragraph)
        #expect(segmenter.segments(of: whole) == [whole])
        #expect(segmenter.segments(of: article("")) == [article("")])
    }

    @Test("parts cover the text exactly, stay within the limit and end at paragraph breaks")
    func paragraphs() {
        let text = Array(repeating: paragraph, count: 40).joined(separator: "\n\n")
        let segmenter = ArticleSegmenter(limit: 2_000)
        let parts = segmenter.segments(of: article(text))
        #expect(parts.count >= text.utf8.count / 2_000 + 1)
        #expect(parts.map(\.text).joined() == text)
        for (offset, part) in parts.enumerated() {
            #expect(part.text.utf8.count <= 2_000)
            #expect(part.id == "a1#\(offset + 1)")
            #expect(part.title == "Ferry contract delayed")
            #expect(part.published == CalendarDate(year: 2031, month: 4, day: 17))
            #expect(part.dateline == (offset == 0 ? "EASTMERE" : nil))
            if offset < parts.count - 1 { #expect(part.text.hasSuffix("\n\n")) }
        }
    }

    @Test("without paragraph breaks, parts end after a sentence or a space")
    func sentences() {
        let text = Array(repeating: paragraph, count: 30).joined(separator: " ")
        let parts = ArticleSegmenter(limit: 1_500).segments(of: article(text))
        #expect(parts.map(\.text).joined() == text)
        for part in parts.dropLast() {
            #expect(part.text.utf8.count <= 1_500)
            #expect(part.text.hasSuffix(". ") || part.text.hasSuffix("” ") || part.text.hasSuffix(" "))
        }
    }

    @Test("a text with no break at all is cut between characters, never inside one")
    func noBreaks() {
        let text = String(repeating: "ñé漢字🙂", count: 5_000)
        let parts = ArticleSegmenter(limit: 1_001).segments(of: article(text))
        #expect(parts.count > 10)
        #expect(parts.map(\.text).joined() == text)
        for part in parts {
            #expect(part.text.utf8.count <= 1_001)
            #expect(!part.text.isEmpty)
            #expect(!part.text.contains("\u{FFFD}"))
        }
    }

    @Test("a tiny limit is raised to 64 bytes")
    func tinyLimit() {
        let parts = ArticleSegmenter(limit: 1).segments(of: article(paragraph))
        #expect(parts.map(\.text).joined() == paragraph)
        #expect(parts.allSatisfy { $0.text.utf8.count <= 64 })
    }
}
