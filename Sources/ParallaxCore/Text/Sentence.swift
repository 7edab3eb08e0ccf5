/// A sentence: a run of tokens and the byte range it covers.
public struct Sentence: Sendable, Hashable {
    /// Indices into the token array.
    public var tokens: Range<Int>
    /// Byte range from the first token's start to the last token's end.
    public var bytes: Range<Int>

    /// Creates a sentence.
    public init(tokens: Range<Int>, bytes: Range<Int>) {
        self.tokens = tokens
        self.bytes = bytes
    }
}
