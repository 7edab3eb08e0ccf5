import ParallaxCore
import ParallaxStore

/// What one poll of one feed found: the articles of its new items, the item keys to mark seen once
/// they are stored, the feed's new state, and one line per problem.
public struct FeedPoll: Sendable {
    /// The feed's state after this poll (validators, final URL, status line).
    public var state: FeedState
    /// Articles of the new items (from their pages, else from the feed's own text).
    public var articles: [Article]
    /// New items: key, page URL, and the id of the article read for it.
    public var seen: [(key: String, url: String?, article: String?)]
    /// Problems, one line each.
    public var problems: [String]
    /// Whether the feed answered 304 (unchanged since the last fetch).
    public var unchanged: Bool
}

extension FeedPoll {
    /// Saves the feed's state and marks its new items seen, once the caller has stored `articles` (the
    /// one ingest of a round goes first, so an item is never marked seen before its article is stored).
    public func record(in store: any CoverageStore) throws(StoreError) {
        try store.saveFeed(state, seen: seen)
    }
}
