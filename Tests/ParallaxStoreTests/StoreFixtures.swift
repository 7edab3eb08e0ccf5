import Foundation
import ParallaxCore
@testable import ParallaxStore

/// Project-written articles and temporary databases for the store tests.
enum StoreFixtures {
    /// A new database path in a fresh temporary folder (removed after `body`).
    static func withDatabase<Result>(_ body: (String) throws -> Result) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder.appendingPathComponent("test.sqlite").path)
    }

    static func article(_ id: String, _ source: String, _ day: String, _ title: String, _ text: String) -> Article {
        Article(id: id, source: source, title: title, published: CalendarDate(iso: day), text: text)
    }

    /// Two stories (a ferry fire told three times, one a copy; a council vote told twice) and an
    /// unrelated article, all invented.
    static let stream: [Article] = [
        article(
            "ferry-1", "harbour-post", "2026-02-10", "Fire on Kestrel ferry forces evacuation",
            "PORT ANSELM — A fire broke out in the engine room of the Kestrel ferry on Tuesday, forcing the evacuation of 212 passengers, the harbour authority said. Captain Rhea Mollen said nobody was hurt. The ferry was towed back to Port Anselm."),
        article(
            "ferry-2", "coast-wire", "2026-02-10", "Passengers evacuated after Kestrel ferry engine fire",
            "PORT ANSELM — Passengers were taken off the Kestrel ferry on Tuesday after an engine-room fire, the harbour authority said. Captain Rhea Mollen said all 212 people on board were safe and the ship was towed to Port Anselm."),
        article(
            "ferry-3", "island-times", "2026-02-11", "Kestrel ferry fire: all safe",
            "PORT ANSELM — Passengers were taken off the Kestrel ferry on Tuesday after an engine-room fire, the harbour authority said. Captain Rhea Mollen said all 212 people on board were safe and the ship was towed to Port Anselm."),
        article(
            "vote-1", "harbour-post", "2026-02-12", "Dunmere council approves new tram line",
            "DUNMERE — The Dunmere city council voted 31-12 on Thursday to build a tram line to the university, mayor Oskar Lindqvist said. The line will cost 140 million euros."),
        article(
            "vote-2", "coast-wire", "2026-02-12", "Tram line to university wins council vote in Dunmere",
            "DUNMERE — Dunmere councillors approved a tram line to the university by 31 votes to 12 on Thursday. Mayor Oskar Lindqvist called the vote historic. The project is expected to cost 140 million euros."),
        article(
            "garden-1", "island-times", "2026-02-13", "Botanic garden opens winter glasshouse",
            "WELLOW — The Wellow botanic garden opened a new winter glasshouse on Friday with 300 species of tropical plants, curator Ines Marsh said."),
    ]

    /// Story id of each article id, from the store.
    static func membership(_ store: any CoverageStore) throws -> [String: Int] {
        var result: [String: Int] = [:]
        let stories = try store.stories(since: nil, limit: nil)
        for (story, members) in try store.listingMembers(of: stories.map(\.id)) {
            for member in members { result[member.id] = story }
        }
        return result
    }
}

/// A store that fails its `failAt`-th write, like a process killed between two batches.
struct FailingStore: CoverageStore {
    let inner: any CoverageStore
    let failAt: Int
    let writes = Counter()

    final class Counter: @unchecked Sendable {
        var value = 0
    }

    var location: String { inner.location }
    func fingerprints(refs: [String], ids: [String]) throws(StoreError) -> [ArticleFingerprint] { try inner.fingerprints(refs: refs, ids: ids) }
    func lastSeq() throws(StoreError) -> Int { try inner.lastSeq() }
    func checkpoint() throws(StoreError) -> ClusteringCheckpoint? { try inner.checkpoint() }
    func analyses(after seq: Int) throws(StoreError) -> [AnalyzedArticle] { try inner.analyses(after: seq) }
    func write(_ batch: IngestBatch) throws(StoreError) {
        writes.value += 1
        if writes.value == failAt { throw StoreError.diskFull(path: location) }
        try inner.write(batch)
    }
    func stories(since: CalendarDate?, source: String?, limit: Int?, offset: Int) throws(StoreError) -> [StoredStory] {
        try inner.stories(since: since, source: source, limit: limit, offset: offset)
    }
    func story(_ id: Int) throws(StoreError) -> StoredStory? { try inner.story(id) }
    func listingMembers(of stories: [Int]) throws(StoreError) -> [Int: [StoryListing.Member]] { try inner.listingMembers(of: stories) }
    func members(of story: Int) throws(StoreError) -> [StoredArticle] { try inner.members(of: story) }
    func analyses(of seqs: [Int]) throws(StoreError) -> [AnalyzedArticle] { try inner.analyses(of: seqs) }
    func article(_ id: String) throws(StoreError) -> StoredArticle? { try inner.article(id) }
    func writerLock() throws(StoreError) -> any WriterLock { try inner.writerLock() }
    func feed(_ url: String) throws(StoreError) -> FeedState? { try inner.feed(url) }
    func feeds() throws(StoreError) -> [FeedState] { try inner.feeds() }
    func seenItems(feed url: String, _ items: [String]) throws(StoreError) -> Set<String> { try inner.seenItems(feed: url, items) }
    func saveFeed(_ state: FeedState, seen items: [(key: String, url: String?, article: String?)]) throws(StoreError) {
        try inner.saveFeed(state, seen: items)
    }
    func cachedReport(story: Int, version: Int) throws(StoreError) -> [UInt8]? { try inner.cachedReport(story: story, version: version) }
    func saveReport(story: Int, version: Int, report: [UInt8]) throws(StoreError) { try inner.saveReport(story: story, version: version, report: report) }
    func search(_ query: SearchQuery) throws(StoreError) -> SearchResults { try inner.search(query) }
    func counts() throws(StoreError) -> StoreCounts { try inner.counts() }
}
