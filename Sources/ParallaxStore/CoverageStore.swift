import ParallaxCore

/// Where Parallax keeps what it has read: articles and their analyses, stories and membership, the
/// clustering state and cached reports, searchable. `SQLiteStore` is the embedded default; a server
/// database implements the same protocol, so every command works on either.
///
/// Writes come only through `write(_:)`, one batch per transaction: a batch is stored whole or not at
/// all, so a process killed at any moment leaves the store as it was after some earlier batch.
public protocol CoverageStore: Sendable {
    /// Where the store lives, for messages.
    var location: String { get }
    /// Fingerprints of the stored articles whose key is in `refs` or whose id is in `ids`.
    func fingerprints(refs: [String], ids: [String]) throws(StoreError) -> [ArticleFingerprint]
    /// The highest stream position stored (0 when empty).
    func lastSeq() throws(StoreError) -> Int
    /// The last saved clustering state, nil before the first.
    func checkpoint() throws(StoreError) -> ClusteringCheckpoint?
    /// The stored analyses after stream position `seq`, in stream order (for replaying them into the
    /// clustering state after an interrupted ingest).
    func analyses(after seq: Int) throws(StoreError) -> [AnalyzedArticle]
    /// Stores a batch in one transaction.
    func write(_ batch: IngestBatch) throws(StoreError)
    /// Stories whose last article is on or after `since` (all when nil) and, when `source` is given,
    /// that an outlet of that name (any case) reported; latest first; at most `limit` after skipping
    /// `offset`.
    func stories(since: CalendarDate?, source: String?, limit: Int?, offset: Int) throws(StoreError) -> [StoredStory]
    /// One story by id; an id merged into another gives the surviving story.
    func story(_ id: Int) throws(StoreError) -> StoredStory?
    /// The listing entries of the given stories' articles (no text), in stream order, by story.
    func listingMembers(of stories: [Int]) throws(StoreError) -> [Int: [StoryListing.Member]]
    /// The articles of a story, in stream order.
    func members(of story: Int) throws(StoreError) -> [StoredArticle]
    /// The stored analyses of the given articles (by `seq`), in the order given.
    func analyses(of seqs: [Int]) throws(StoreError) -> [AnalyzedArticle]
    /// One article by id (or by its key, e.g. a file path or URL).
    func article(_ id: String) throws(StoreError) -> StoredArticle?
    /// The cached report of a story when it was built at the story's current version.
    func cachedReport(story: Int, version: Int) throws(StoreError) -> [UInt8]?
    /// Caches a story's report built at `version`.
    func saveReport(story: Int, version: Int, report: [UInt8]) throws(StoreError)
    /// Ranked full-text search.
    func search(_ query: SearchQuery) throws(StoreError) -> SearchResults
    /// Totals: articles, stories (not merged away), copies, boilerplate pages.
    func counts() throws(StoreError) -> StoreCounts

    /// Takes the store's one writer lock (ingests, posts, the workers' clustering step): fails at once
    /// with `StoreError.busy` when another process holds it; released when the value is dropped, and by
    /// the system when the process dies (even by `kill -9`).
    func writerLock() throws(StoreError) -> any WriterLock

    /// The state of watched feed `url`, or nil when it was never fetched.
    func feed(_ url: String) throws(StoreError) -> FeedState?
    /// Every watched feed, by URL.
    func feeds() throws(StoreError) -> [FeedState]
    /// Of `items` (item keys of feed `url`), those already seen.
    func seenItems(feed url: String, _ items: [String]) throws(StoreError) -> Set<String>
    /// Saves the state of a feed and marks `items` (key, page URL, stored article id) seen, in one
    /// transaction: after a crash either both are there or neither.
    func saveFeed(_ state: FeedState, seen items: [(key: String, url: String?, article: String?)]) throws(StoreError)
}

/// A held writer lock (`CoverageStore.writerLock()`): released when the last reference goes.
public protocol WriterLock: AnyObject, Sendable {}

extension CoverageStore {
    /// Stories whose last article is on or after `since` (all when nil), latest first; at most `limit`.
    public func stories(since: CalendarDate?, limit: Int?) throws(StoreError) -> [StoredStory] {
        try stories(since: since, source: nil, limit: limit, offset: 0)
    }

    /// A page of the stories (as `stories(since:source:limit:offset:)` selects them) as a
    /// `parallax/stories@1` listing with every article of each.
    public func listing(since: CalendarDate?, source: String? = nil, limit: Int?, offset: Int = 0) throws(StoreError) -> StoryListing {
        let stories = try stories(since: since, source: source, limit: limit, offset: offset)
        let members = try listingMembers(of: stories.map(\.id))
        return StoryListing(
            stories: stories.map {
                StoryListing.Entry(
                    id: $0.id, title: $0.title, first: $0.first, last: $0.last, sources: $0.sources, independent: $0.independent,
                    articles: members[$0.id] ?? [])
            })
    }
}
