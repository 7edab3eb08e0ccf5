import ParallaxCore

/// A story as the store keeps it: its running totals, kept up to date by each ingest batch.
public struct StoredStory: Sendable, Hashable, Codable {
    /// The story id (the clustering's; the older of two merged stories keeps its id).
    public var id: Int
    /// The first article's headline.
    public var title: String
    /// First and last publication days of its articles, when any is dated.
    public var first: CalendarDate?
    /// Last publication day.
    public var last: CalendarDate?
    /// Articles, copies included.
    public var articles: Int
    /// Articles with copies counted once.
    public var independent: Int
    /// Outlets, sorted.
    public var sources: [String]
    /// Bumped whenever an article joins, changes or a story merges in: a cached report of an older
    /// version is stale.
    public var version: Int

    /// Creates a stored story.
    public init(
        id: Int, title: String, first: CalendarDate?, last: CalendarDate?, articles: Int, independent: Int, sources: [String],
        version: Int
    ) {
        self.id = id
        self.title = title
        self.first = first
        self.last = last
        self.articles = articles
        self.independent = independent
        self.sources = sources
        self.version = version
    }
}
