/// Everything one ingest batch changes, written in one transaction: all of it is stored or none.
public struct IngestBatch: Sendable {
    /// New articles, in stream order.
    public var inserts: [IngestRecord] = []
    /// Changed articles (same key, new text): text, analysis and search entry replaced, story kept.
    public var updates: [IngestRecord] = []
    /// Stories absorbed by a merge during the batch, each with the story it now belongs to.
    public var merges: [(absorbed: Int, into: Int)] = []
    /// The clustering state through the batch's last article, when the batch checkpoints it.
    public var checkpoint: ClusteringCheckpoint?

    /// An empty batch.
    public init() {}

    /// Whether the batch changes nothing.
    public var isEmpty: Bool { inserts.isEmpty && updates.isEmpty && merges.isEmpty && checkpoint == nil }
}
