/// Builds a tree from HTML tokens the tolerant way browsers do, without recursion.
///
/// It follows the HTML5 rules that matter for content: void elements never take children; `p` is
/// closed by a block that opens inside it; `li`, `dt`/`dd`, `option`, `tr`, `td`/`th` and the table
/// sections close their open siblings; an end tag closes everything opened after its element, and an
/// end tag with no open element is ignored. Elements nested deeper than ``Limits/maxDepth`` are
/// flattened (their content goes to the deepest open element), and parsing stops after
/// ``Limits/maxNodes`` nodes, so memory stays bounded whatever the input.
public struct HTMLTreeBuilder: Sendable {
    /// Bounds on the tree.
    public struct Limits: Sendable, Hashable {
        /// The deepest element nesting kept.
        public var maxDepth: Int
        /// The most nodes kept.
        public var maxNodes: Int

        /// Creates limits.
        public init(maxDepth: Int = 256, maxNodes: Int = 4_000_000) {
            self.maxDepth = maxDepth
            self.maxNodes = maxNodes
        }
    }

    /// Bounds on the tree.
    public var limits: Limits

    /// Creates a tree builder.
    public init(limits: Limits = .init()) {
        self.limits = limits
    }

    /// Elements that never have content.
    public static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame",
    ]
    /// Elements whose start closes an open `p`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "plaintext", "xmp", "listing",
    ]
    /// Elements that bound the search for an element to close implicitly.
    static let scopeBoundaries: Set<String> = [
        "html", "table", "td", "th", "caption", "marquee", "object", "template", "applet", "button",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Builds the tree of a token stream.
    public func build(_ tokenizer: HTMLTokenizer) -> HTMLDocument {
        var tokenizer = tokenizer
        var nodes: [HTMLNode] = [
            HTMLNode(kind: .document, name: "", attributes: [], text: "", parent: -1, end: 1)
        ]
        var stack: [Int] = [0]
        var names: [String] = [""]
        var ignoredDepth = 0  // start tags dropped past the depth limit, still open
        var reachedDepthLimit = false
        var reachedNodeLimit = false
        var seenHTML = false, seenBody = false, seenHead = false

        func pop(to level: Int) {
            while stack.count > level {
                let index = stack.removeLast()
                names.removeLast()
                nodes[index].end = nodes.count
            }
        }
        /// The stack level of the innermost open `name` below any scope boundary, if any.
        func openLevel(_ name: String, boundaries: Set<String>) -> Int? {
            var level = names.count - 1
            while level > 0 {
                if names[level] == name { return level }
                if boundaries.contains(names[level]) { return nil }
                level -= 1
            }
            return nil
        }
        func closeIfOpen(_ name: String, boundaries: Set<String>) {
            if let level = openLevel(name, boundaries: boundaries) { pop(to: level) }
        }
        func append(_ node: HTMLNode) -> Int {
            nodes.append(node)
            return nodes.count - 1
        }

        while let token = tokenizer.next() {
            if nodes.count >= limits.maxNodes {
                reachedNodeLimit = true
                break
            }
            switch token {
            case .doctype:
                continue
            case .comment(let text):
                _ = append(HTMLNode(kind: .comment, name: "", attributes: [], text: text, parent: stack[stack.count - 1], end: nodes.count + 1))
            case .text(let text):
                let parent = stack[stack.count - 1]
                // Merge with a preceding text sibling (text split by flattened tags).
                if nodes.count - 1 == parent ? false : nodes[nodes.count - 1].kind == .text && nodes[nodes.count - 1].parent == parent {
                    nodes[nodes.count - 1].text += text
                } else {
                    _ = append(HTMLNode(kind: .text, name: "", attributes: [], text: text, parent: parent, end: nodes.count + 1))
                }
            case .startTag(let name, let attributes, let selfClosing):
                let traits = HTMLElementTraits.of(name)
                if traits.contains(.special) {
                switch name {
                case "html":
                    if seenHTML { continue }
                    seenHTML = true
                case "head":
                    if seenHead || seenBody { continue }
                    seenHead = true
                case "body":
                    if seenBody { continue }
                    seenBody = true
                    closeIfOpen("head", boundaries: [])
                case "li":
                    closeIfOpen("li", boundaries: Self.scopeBoundaries.union(["ul", "ol"]))
                case "dt", "dd":
                    closeIfOpen("dt", boundaries: Self.scopeBoundaries.union(["dl"]))
                    closeIfOpen("dd", boundaries: Self.scopeBoundaries.union(["dl"]))
                case "option", "optgroup":
                    if names.last == "option" { pop(to: names.count - 1) }
                case "tr":
                    closeIfOpen("tr", boundaries: ["table", "html"])
                case "td", "th":
                    closeIfOpen("td", boundaries: ["tr", "table", "html"])
                    closeIfOpen("th", boundaries: ["tr", "table", "html"])
                case "thead", "tbody", "tfoot":
                    closeIfOpen("thead", boundaries: ["table", "html"])
                    closeIfOpen("tbody", boundaries: ["table", "html"])
                    closeIfOpen("tfoot", boundaries: ["table", "html"])
                case "a":
                    closeIfOpen("a", boundaries: Self.scopeBoundaries)
                default:
                    break
                }
                }
                if traits.contains(.closesParagraph) {
                    closeIfOpen("p", boundaries: Self.scopeBoundaries)
                }
                if traits.contains(.heading), let last = stack.last, nodes[last].traits.contains(.heading) {
                    pop(to: names.count - 1)
                }
                let isVoid = traits.contains(.void)
                if stack.count > limits.maxDepth {
                    reachedDepthLimit = true
                    if !isVoid && !selfClosing { ignoredDepth += 1 }
                    continue
                }
                let index = append(
                    HTMLNode(
                        kind: .element, name: name, attributes: attributes, text: "", parent: stack[stack.count - 1], end: nodes.count + 1,
                        traits: traits))
                if !isVoid && !(selfClosing && !traits.contains(.rawText)) {
                    stack.append(index)
                    names.append(name)
                }
            case .endTag(let name):
                if ignoredDepth > 0 {
                    ignoredDepth -= 1
                    continue
                }
                if name == "br" {
                    _ = append(
                        HTMLNode(
                            kind: .element, name: "br", attributes: [], text: "", parent: stack[stack.count - 1], end: nodes.count + 1,
                            traits: HTMLElementTraits.of("br")))
                    continue
                }
                if name == "html" || name == "body" { continue }
                var level = names.count - 1
                while level > 0, names[level] != name { level -= 1 }
                if level > 0 { pop(to: level) }
            }
        }
        pop(to: 1)
        nodes[0].end = nodes.count
        return HTMLDocument(nodes: nodes, reachedDepthLimit: reachedDepthLimit, reachedNodeLimit: reachedNodeLimit)
    }
}
