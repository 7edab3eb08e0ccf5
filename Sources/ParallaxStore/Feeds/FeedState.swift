/// What the store keeps about one watched feed: how to ask for it again (`etag`, `lastModified`), where
/// it lives now (`finalURL`, after a permanent move), and how the last fetch went.
public struct FeedState: Sendable, Hashable, Codable {
    /// The feed's URL as the user gave it.
    public var url: String
    /// Where the feed was last found (after redirects), if elsewhere.
    public var finalURL: String?
    /// The feed's title.
    public var title: String?
    /// `ETag` of the last full fetch.
    public var etag: String?
    /// `Last-Modified` of the last full fetch.
    public var lastModified: String?
    /// When it was last fetched (ISO 8601, UTC).
    public var lastFetch: String?
    /// How the last fetch went, in a few words (`200, 3 new`, `304 unchanged`, or the error line).
    public var lastStatus: String?
    /// Items seen so far.
    public var items: Int
    /// Fetches that failed so far.
    public var errors: Int

    /// A feed not fetched yet.
    public init(url: String) {
        self.url = url
        self.items = 0
        self.errors = 0
    }
}
