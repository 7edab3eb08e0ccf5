/// What the store knows of an article already stored: enough to tell "the same", "changed" and "new".
public struct ArticleFingerprint: Sendable, Hashable {
    /// Stream position.
    public var seq: Int
    /// Article id.
    public var id: String
    /// Matching key (see `StoredArticle.ref`).
    public var ref: String
    /// Hash of the normalized text.
    public var contentHash: String

    /// Creates a fingerprint.
    public init(seq: Int, id: String, ref: String, contentHash: String) {
        self.seq = seq
        self.id = id
        self.ref = ref
        self.contentHash = contentHash
    }
}
