/// A token: a byte range of the text with its kind and the spacing before it.
///
/// Kept small (12 bytes) so that tokenizing a day of news allocates little.
public struct Token: Sendable, Hashable {
    /// Byte offset of the first byte.
    public var start: Int32
    /// Byte offset one past the last byte.
    public var end: Int32
    /// The token class.
    public var kind: TokenKind
    /// What separates this token from the previous one.
    public var gap: TokenGap

    /// Creates a token.
    public init(start: Int, end: Int, kind: TokenKind, gap: TokenGap) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.gap = gap
    }

    /// The token's byte range.
    public var range: Range<Int> { Int(start)..<Int(end) }
}
