import Testing

@testable import ParallaxIngest

@Suite("HTMLTreeBuilder")
struct HTMLTreeBuilderTests {
    /// The element names of a node's children.
    func childNames(_ document: HTMLDocument, _ index: Int) -> [String] {
        document.nodes.indices.filter { document.nodes[$0].parent == index && document.nodes[$0].kind == .element }
            .map { document.nodes[$0].name }
    }

    @Test("p, li, td and option close implicitly")
    func impliedEndTags() throws {
        let document = HTMLDocument("<body><p>one<p>two<ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table><select><option>1<option>2</select>")
        let body = try #require(document.elements(named: "body").first)
        #expect(childNames(document, body) == ["p", "p", "ul", "table", "select"])
        let list = try #require(document.elements(named: "ul").first)
        #expect(childNames(document, list) == ["li", "li"])
        #expect(document.elements(named: "td").count == 3)
        let select = try #require(document.elements(named: "select").first)
        #expect(childNames(document, select) == ["option", "option"])
    }

    @Test("void elements take no children and mis-nested tags close cleanly")
    func voidAndMisnested() throws {
        let document = HTMLDocument("<div>a<br>b<img src=x>c<b><i>d</b>e</i></div>")
        let div = try #require(document.elements(named: "div").first)
        #expect(document.textContent(of: div) == "abcde")
        let br = try #require(document.elements(named: "br").first)
        #expect(document.nodes[br].end == br + 1)
    }

    @Test("unclosed elements end with the document, and descendants stay contiguous")
    func unclosed() throws {
        let document = HTMLDocument("<div><section><p>open")
        let div = try #require(document.elements(named: "div").first)
        #expect(document.nodes[div].end == document.nodes.count)
        #expect(document.textContent(of: div) == "open")
    }

    @Test("nesting past the depth limit is flattened, not recursed")
    func depthLimit() throws {
        let document = HTMLDocument(String(repeating: "<div>", count: 1000) + "deep" + String(repeating: "</div>", count: 1000) + "<p>after</p>",
            limits: .init(maxDepth: 64))
        #expect(document.reachedDepthLimit)
        #expect(document.elements(named: "div").count <= 64)
        #expect(document.textContent(of: 0) == "deepafter")
    }
}
