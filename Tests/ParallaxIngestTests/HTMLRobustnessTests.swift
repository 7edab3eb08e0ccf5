import Foundation
import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite("HTML robustness")
struct HTMLRobustnessTests {
    let extractor = HTMLArticleExtractor()

    @Test("a 100 MB page is read in bounded time and memory")
    func hugePage() throws {
        let paragraph = Array(("<p>" + String(repeating: HTMLFixtures.paragraphs[0] + " ", count: 60) + "</p>\n").utf8)
        var bytes = Array("<html><body><div class=\"article-body\">".utf8)
        bytes.reserveCapacity(100_000_000 + paragraph.count)
        while bytes.count < 100_000_000 { bytes += paragraph }
        let page = try extractor.extract(bytes)
        #expect(page.paragraphs.count > 1000)
    }

    @Test("100,000 nested divs do not overflow the stack")
    func deepNesting() throws {
        let html = String(repeating: "<div>", count: 100_000) + HTMLFixtures.paragraphs[0] + String(repeating: "</div>", count: 100_000)
        let document = HTMLDocument(html)
        #expect(document.reachedDepthLimit)
        let page = try extractor.extract(Array(html.utf8))
        #expect(page.articleBody == HTMLFixtures.paragraphs[0])
    }

    @Test("a truncated page gives what it has")
    func truncated() throws {
        let full = Array(HTMLFixtures.newsPage().utf8)
        let cut = Array(full.prefix(full.count * 2 / 3))
        let page = try extractor.extract(cut)
        #expect(page.paragraphs.first == HTMLFixtures.paragraphs[0])
        for length in stride(from: 0, to: full.count, by: 97) {
            _ = try? extractor.extract(Array(full.prefix(length)))
        }
    }

    @Test("binary garbage is refused or yields no crash", arguments: [1, 2, 3] as [UInt64])
    func binaryGarbage(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for size in [1, 10, 1000, 100_000] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? extractor.extract(bytes)
            _ = HTMLDocument(utf8: HTMLPageDecoder.decode(bytes).utf8)
        }
        #expect(throws: HTMLExtractionError.binaryContent) { try extractor.extract([0x00, 0x01, 0x02, 0x3C, 0x70, 0x3E]) }
    }

    @Test("markup-shaped garbage never crashes the tokenizer or tree builder", arguments: [11, 12] as [UInt64])
    func markupGarbage(seed: UInt64) {
        let pieces = ["<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "<p", "<div ", "=", "\"", "'", "&", "&#", "&#x", ";", "<script>",
            "</script>", "<table>", "<td>", "<li>", " ", "a", "\u{FFFD}", "<br/>", "</div>", "<!DOCTYPE", "&amp", "<title>"]
        var generator = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let text = (0..<200).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let document = HTMLDocument(text)
            #expect(document.nodes[0].end == document.nodes.count, "seed \(seed)")
            _ = try? extractor.extract(Array(text.utf8))
        }
    }

    @Test("invalid UTF-8 is repaired, counted and the article still read")
    func invalidUTF8() throws {
        var bytes = Array("<html><body><p>".utf8) + Array(HTMLFixtures.paragraphs[0].utf8)
        bytes += [0xFF, 0xC3] + Array("</p></body></html>".utf8)
        let page = try extractor.extract(bytes)
        #expect(page.repairedBytes == 2)
        #expect(page.articleBody.hasPrefix(HTMLFixtures.paragraphs[0]))
    }
}
