/// A labelled token run: an entity (or phrase) as conlleval counts it.
public struct LabeledChunk: Sendable, Hashable {
    /// Index of the first token.
    public var start: Int
    /// Index one past the last token.
    public var end: Int
    /// The chunk type (`PER`, `ORG`, …).
    public var type: String

    /// Creates a chunk.
    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }
}
