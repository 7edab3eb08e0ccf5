import ParallaxCore

/// An article as the store keeps it: what was read, where it came from, and where it went.
public struct StoredArticle: Sendable, Hashable, Codable {
    /// Position in the clustering stream (1 for the first article ever stored).
    public var seq: Int
    /// The article, as it was read.
    public var article: Article
    /// The key a later ingest of the same article matches on: its JSON Lines id, else its URL, else
    /// the file it was read from, else its content id.
    public var ref: String
    /// Hash of the normalized text, to tell a changed article from the same one.
    public var contentHash: String
    /// The story it belongs to (merges followed), nil for boilerplate in no story.
    public var story: Int?
    /// The earlier article it copies, when it is a copy.
    public var duplicateOf: String?
    /// Whether it is a boilerplate page (pay wall, sign-in, notice).
    public var boilerplate: Bool
    /// When it was first stored (ISO 8601, UTC).
    public var firstSeen: String
    /// When its text last changed in the store, when it did.
    public var updated: String?

    /// Creates a stored article.
    public init(
        seq: Int, article: Article, ref: String, contentHash: String, story: Int?, duplicateOf: String?, boilerplate: Bool,
        firstSeen: String, updated: String?
    ) {
        self.seq = seq
        self.article = article
        self.ref = ref
        self.contentHash = contentHash
        self.story = story
        self.duplicateOf = duplicateOf
        self.boilerplate = boilerplate
        self.firstSeen = firstSeen
        self.updated = updated
    }
}
