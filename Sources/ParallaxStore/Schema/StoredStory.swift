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

    /// Adds the totals of `gone`, a story merged into this one.
    public mutating func absorb(_ gone: StoredStory) {
        articles += gone.articles
        independent += gone.independent
        sources = Array(Set(sources + gone.sources)).sorted()
        first = [first, gone.first].compactMap { $0 }.min()
        last = [last, gone.last].compactMap { $0 }.max()
    }

    /// Adds one new article (a copy counts among the articles, not the independent ones).
    public mutating func add(_ article: Article, isCopy: Bool) {
        articles += 1
        if !isCopy { independent += 1 }
        if !sources.contains(article.source) { sources = (sources + [article.source]).sorted() }
        if let day = article.published {
            first = min(first ?? day, day)
            last = max(last ?? day, day)
        }
    }

    /// Outlets as a store keeps them: one per line (a line break inside a name becomes a space).
    public static func encodeSources(_ sources: [String]) -> String {
        sources.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
    }

    /// The outlets stored by `encodeSources`.
    public static func decodeSources(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
