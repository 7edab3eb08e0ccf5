/// A span together with its text: the unit every annotation field that points into an article uses.
public struct SpanText: Sendable, Hashable, Codable {
    /// Where the text is.
    public var span: TextSpan
    /// The text itself.
    public var text: String

    /// Creates a span with its text.
    public init(span: TextSpan, text: String) {
        self.span = span
        self.text = text
    }
}
