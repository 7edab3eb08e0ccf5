/// A parsed HTML page: a tree of nodes stored flat, in document order.
public struct HTMLDocument: Sendable {
    /// Every node; index 0 is the root (``HTMLNode/Kind/document``).
    public internal(set) var nodes: [HTMLNode]
    /// Whether elements nested deeper than the depth limit were flattened into their ancestor.
    public internal(set) var reachedDepthLimit: Bool
    /// Whether the node limit was reached and the rest of the page dropped.
    public internal(set) var reachedNodeLimit: Bool

    /// Parses a page's UTF-8 bytes (see ``HTMLTreeBuilder``).
    public init(utf8 bytes: [UInt8], limits: HTMLTreeBuilder.Limits = .init()) {
        self = HTMLTreeBuilder(limits: limits).build(HTMLTokenizer(utf8: bytes))
    }

    /// Parses a page's raw bytes in the encoding it declares (see ``HTMLPageDecoder``).
    public init(bytes: [UInt8], limits: HTMLTreeBuilder.Limits = .init()) {
        self.init(utf8: HTMLPageDecoder.decode(bytes).utf8, limits: limits)
    }

    /// Parses a string.
    public init(_ html: String, limits: HTMLTreeBuilder.Limits = .init()) {
        self.init(utf8: Array(html.utf8), limits: limits)
    }

    init(nodes: [HTMLNode], reachedDepthLimit: Bool, reachedNodeLimit: Bool) {
        self.nodes = nodes
        self.reachedDepthLimit = reachedDepthLimit
        self.reachedNodeLimit = reachedNodeLimit
    }

    /// Indices of the elements named `name`, in document order.
    public func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// The text of a node's subtree, concatenated as written (no whitespace normalization).
    public func textContent(of index: Int) -> String {
        let node = nodes[index]
        if node.kind == .text { return node.text }
        var text = ""
        var i = index + 1
        while i < node.end {
            let child = nodes[i]
            if child.kind == .element, child.traits.contains(.rawText) || child.name == "template" {
                i = child.end
                continue
            }
            if child.kind == .text { text += child.text }
            i += 1
        }
        return text
    }

    /// The direct children of node `index` (elements and text), in document order.
    public func children(of index: Int) -> [Int] {
        var children: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            children.append(child)
            child = nodes[child].end
        }
        return children
    }

    /// Whether `ancestor` is `node` or one of its ancestors.
    public func contains(_ ancestor: Int, _ node: Int) -> Bool {
        node >= ancestor && node < nodes[ancestor].end
    }
}
