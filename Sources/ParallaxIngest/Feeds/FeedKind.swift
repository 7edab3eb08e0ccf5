/// The syndication format of a feed.
public enum FeedKind: String, Sendable, Hashable, Codable {
    /// RSS 2.0 (`<rss><channel><item>`).
    case rss
    /// Atom (`<feed><entry>`).
    case atom
}
