/// One node of a parsed page, stored in ``HTMLDocument/nodes`` in document order.
///
/// Nodes refer to each other by index. Because nodes are stored in document (pre-)order, the
/// descendants of node `i` are exactly the nodes `i + 1 ..< end`.
public struct HTMLNode: Sendable, Hashable {
    /// What a node is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// The root.
        case document
        /// An element (`name`, `attributes`).
        case element
        /// Character data (`text`).
        case text
        /// A comment (`text`).
        case comment
    }

    /// What the node is.
    public var kind: Kind
    /// The lowercased tag name of an element; empty otherwise.
    public var name: String
    /// The attributes of an element.
    public var attributes: [HTMLAttribute]
    /// The text of a text or comment node.
    public var text: String
    /// The parent's index (`-1` for the root).
    public var parent: Int
    /// One past the index of the last descendant.
    public var end: Int
    /// What the element name implies (empty for other nodes).
    public var traits: HTMLElementTraits = []

    /// The value of the attribute `name` (lowercase), if present.
    public func attribute(_ name: String) -> String? {
        attributes.first(where: { $0.name == name })?.value
    }
}
