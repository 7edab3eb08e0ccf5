/// A parsed RSS 2.0 or Atom feed: its title and items, and the damage met when it could only be
/// read in part.
public struct Feed: Sendable, Hashable {
    /// RSS or Atom.
    public var kind: FeedKind
    /// The channel's (RSS) or feed's (Atom) title.
    public var title: String?
    /// The complete items, in feed order.
    public var items: [FeedItem]
    /// Why reading stopped early (truncated or malformed XML); the items before it are kept.
    public var damage: FeedParseError?

    /// Creates a feed.
    public init(kind: FeedKind, title: String? = nil, items: [FeedItem] = [], damage: FeedParseError? = nil) {
        self.kind = kind
        self.title = title
        self.items = items
        self.damage = damage
    }
}
