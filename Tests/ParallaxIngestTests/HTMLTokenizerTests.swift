import Testing

@testable import ParallaxIngest

@Suite("HTMLTokenizer")
struct HTMLTokenizerTests {
    func tokens(_ html: String) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(utf8: Array(html.utf8))
        var result: [HTMLToken] = []
        while let token = tokenizer.next() { result.append(token) }
        return result
    }

    @Test("reads quoted, unquoted and bare attributes, lowercasing names")
    func attributes() {
        let result = tokens(#"<DIV Class=lead id='x' data-v="a&amp;b" hidden>"#)
        #expect(
            result == [
                .startTag(
                    name: "div",
                    attributes: [
                        HTMLAttribute(name: "class", value: "lead"), HTMLAttribute(name: "id", value: "x"),
                        HTMLAttribute(name: "data-v", value: "a&b"), HTMLAttribute(name: "hidden", value: ""),
                    ], selfClosing: false)
            ])
    }

    @Test("decodes numeric and named character references")
    func entities() {
        let result = tokens("Caf&eacute; &amp; &#8220;bar&#x201D; &mdash; 5&nbsp;km &hellip; &bogus; &#0;")
        #expect(result == [.text("Café & \u{201C}bar\u{201D} \u{2014} 5\u{A0}km \u{2026} &bogus; \u{FFFD}")])
    }

    @Test("numeric references in 0x80-0x9F map through windows-1252")
    func numericWindows1252() {
        #expect(tokens("&#147;q&#148;") == [.text("\u{201C}q\u{201D}")])
    }

    @Test("script, style and title content is raw text, not markup")
    func rawText() {
        let result = tokens("<script>if (a<b) { x = '</div>'; }</script><title>A &amp; B</title>")
        #expect(
            result == [
                .startTag(name: "script", attributes: [], selfClosing: false), .text("if (a<b) { x = '</div>'; }"),
                .endTag(name: "script"), .startTag(name: "title", attributes: [], selfClosing: false), .text("A & B"),
                .endTag(name: "title"),
            ])
    }

    @Test("comments, CDATA and doctype")
    func commentsAndCDATA() {
        let result = tokens("<!DOCTYPE html><!-- note --><![CDATA[x<y]]>")
        #expect(result == [.doctype, .comment(" note "), .text("x<y")])
    }

    @Test("a stray < is text, and a truncated tag ends the input")
    func strayAndTruncated() {
        #expect(tokens("a < b") == [.text("a < b")])
        #expect(tokens("text<div class=\"unterminated").first == .text("text"))
    }
}
