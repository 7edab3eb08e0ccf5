/// One attribute of an HTML start tag: a lowercased name and its value with character references decoded.
public struct HTMLAttribute: Sendable, Hashable {
    /// The attribute name, lowercased (`class`, `href`).
    public var name: String
    /// The value, character references decoded; empty for a bare attribute such as `hidden`.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
