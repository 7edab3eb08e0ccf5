import Foundation
import GRDB
import ParallaxCore
import Testing
@testable import ParallaxStore

@Suite("Stores (SQLite and PostgreSQL): ingest, idempotence, updates, crashes between batches")
struct StoreTests {
    @Test("ingest stores every article once, groups the stories, counts the copy once", arguments: StoreKind.available)
    func ingest(_ kind: StoreKind) throws {
        try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            let summary = try StoreIngestor(store: store).ingest(StoreFixtures.stream)
            #expect(summary.added == 6)
            #expect(summary.copies == 1)
            let membership = try StoreFixtures.membership(store)
            #expect(membership["ferry-1"] == membership["ferry-2"])
            #expect(membership["ferry-1"] == membership["ferry-3"])
            #expect(membership["vote-1"] == membership["vote-2"])
            #expect(membership["vote-1"] != membership["ferry-1"])
            #expect(membership["garden-1"] != membership["ferry-1"] && membership["garden-1"] != membership["vote-1"])
            let ferryID = try #require(membership["ferry-1"])
            let ferry = try #require(try store.story(ferryID))
            #expect(ferry.articles == 3 && ferry.independent == 2)
            #expect(ferry.sources == ["coast-wire", "harbour-post", "island-times"])
            #expect(ferry.first == CalendarDate(iso: "2026-02-10") && ferry.last == CalendarDate(iso: "2026-02-11"))
            #expect(try store.article("ferry-3")?.duplicateOf == "ferry-2")
            #expect(try store.counts() == StoreCounts(articles: 6, stories: 3, copies: 1, boilerplate: 0))
        }
    }

    @Test("ingesting the same articles again changes nothing: counts, story ids, versions", arguments: StoreKind.available)
    func idempotent(_ kind: StoreKind) throws {
        try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            _ = try StoreIngestor(store: store).ingest(StoreFixtures.stream)
            let before = (try store.counts(), try StoreFixtures.membership(store), try store.stories(since: nil, limit: nil))
            let again = try StoreIngestor(store: try database.open()).ingest(StoreFixtures.stream + StoreFixtures.stream)
            #expect(again.added == 0 && again.updated == 0 && again.unchanged == 6)
            #expect(again.newStories.isEmpty && again.updatedStories.isEmpty)
            #expect(try store.counts() == before.0)
            #expect(try StoreFixtures.membership(store) == before.1)
            #expect(try store.stories(since: nil, limit: nil) == before.2)
        }
    }

    @Test("a changed article is updated in place, its story's report rebuilt once and then cached", arguments: StoreKind.available)
    func update(_ kind: StoreKind) throws {
        try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            _ = try StoreIngestor(store: store).ingest(StoreFixtures.stream)
            let story = try #require(try store.article("vote-2")?.story)
            let first = try StoryReportCache(store: store).report(story: story)
            #expect(!first.cached)
            #expect(try StoryReportCache(store: store).report(story: story).cached)
            var changed = StoreFixtures.stream[4]
            changed.text += " Construction starts next spring."
            let summary = try StoreIngestor(store: store).ingest([changed])
            #expect(summary.updated == 1 && summary.added == 0)
            #expect(summary.updatedStories == [story])
            #expect(try store.article("vote-2")?.article.text.hasSuffix("next spring.") == true)
            #expect(try store.article("vote-2")?.updated != nil)
            #expect(try store.story(story)?.version == first.story.version + 1)
            let rebuilt = try StoryReportCache(store: store).report(story: story)
            #expect(!rebuilt.cached)
            #expect(try store.search(SearchQuery(text: "spring construction")).results.map(\.id) == ["vote-2"])
            #expect(try store.counts().articles == 6)
        }
    }

    @Test("a run stopped between batches, resumed, gives the stories of an uninterrupted run", arguments: StoreKind.available)
    func resumeAfterFailure(_ kind: StoreKind) throws {
        let articles = StoreFixtures.stream
        let expected = try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            var ingestor = StoreIngestor(store: store)
            ingestor.batchSize = 1
            _ = try ingestor.ingest(articles)
            return try StoreFixtures.membership(store)
        }
        for failAt in 1...articles.count {
            try StoreFixtures.withDatabase(kind) { database in
                let store = try database.open()
                var failing = StoreIngestor(store: FailingStore(inner: store, failAt: failAt))
                failing.batchSize = 1
                failing.checkpointEvery = 2
                #expect(throws: StoreError.diskFull(path: store.location)) { try failing.ingest(articles) }
                #expect(try store.counts().articles == failAt - 1)
                var resumed = StoreIngestor(store: store)
                resumed.batchSize = 1
                let summary = try resumed.ingest(articles)
                #expect(summary.added == articles.count - failAt + 1)
                #expect(summary.replayed == (failAt - 1) % 2)
                #expect(try StoreFixtures.membership(store) == expected)
                #expect(try store.counts().articles == articles.count)
            }
        }
    }

    @Test("rounds with the clustering state kept in memory give one ingest's stories, save no state each round, and resume when another process wrote", arguments: StoreKind.available)
    func memoryAcrossRounds(_ kind: StoreKind) throws {
        let articles = StoreFixtures.stream
        let expected = try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            _ = try StoreIngestor(store: store).ingest(articles)
            return try StoreFixtures.membership(store)
        }
        try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            var watcher = StoreIngestor(store: store)
            watcher.memory = ClusteringMemory()
            for (index, article) in articles.enumerated() {
                if index == 3 {
                    // Another process stores an article between two rounds (and saves the state, as it always does).
                    _ = try StoreIngestor(store: store).ingest([article])
                    #expect(try store.checkpoint()?.throughSeq == 4)
                    continue
                }
                _ = try watcher.ingest([article])
                if index < 3 { #expect(try store.checkpoint() == nil, "round \(index) saved the whole state") }
            }
            #expect(try StoreFixtures.membership(store) == expected)
            #expect(try store.counts().articles == articles.count)
        }
    }

    @Test("readers are not blocked by a write transaction in progress (WAL)")
    func readersDuringWrite() throws {
        try StoreFixtures.withDatabase { path in
            let writer = try SQLiteStore(path: path, create: true)
            _ = try StoreIngestor(store: writer).ingest(Array(StoreFixtures.stream.prefix(3)))
            let reader = try SQLiteStore(path: path, create: false)
            try writer.pool.write { db in
                try db.execute(sql: "UPDATE stories SET title = 'changing' WHERE id = 0")
                let start = Date()
                let counts = try reader.counts()
                #expect(counts.articles == 3)
                #expect(try reader.story(0)?.title != "changing")
                #expect(Date().timeIntervalSince(start) < 1)
            }
        }
    }

    @Test("a second ingest of the same database is refused while one runs", arguments: StoreKind.available)
    func lock(_ kind: StoreKind) throws {
        try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            do {
                let held = try store.writerLock()
                #expect(throws: StoreError.busy(path: store.location)) { _ = try database.open().writerLock() }
                withExtendedLifetime(held) {}
            }
            // Released with its holder: the next ingest may go.
            _ = try database.open().writerLock()
        }
    }
}

@Suite("Watched feeds in the store (SQLite and PostgreSQL): state, items seen, one transaction")
struct FeedStoreTests {
    @Test("a feed's state and its seen items round-trip; an item is seen once; hostile keys are kept as given", arguments: StoreKind.available)
    func roundTrip(_ kind: StoreKind) throws {
        try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            #expect(try store.feed("https://example.test/feed.xml") == nil)
            var state = FeedState(url: "https://example.test/feed.xml")
            state.etag = "\"v1\""
            state.title = "Harbour Post — latest"
            state.lastStatus = "200, 2 new"
            try store.saveFeed(state, seen: [("item-1", "https://example.test/a", "ferry-1"), ("'; DROP TABLE feeds; --", nil, nil)])
            try store.saveFeed(state, seen: [("item-1", "https://example.test/a", "ferry-1")])
            let saved = try #require(try store.feed(state.url))
            #expect(saved.etag == "\"v1\"" && saved.title == "Harbour Post — latest" && saved.items == 2 && saved.lastFetch != nil)
            #expect(try store.seenItems(feed: state.url, ["item-1", "item-2", "'; DROP TABLE feeds; --"]) == ["item-1", "'; DROP TABLE feeds; --"])
            #expect(try store.seenItems(feed: "https://other.test/", ["item-1"]).isEmpty)
            #expect(try store.feeds().map(\.url) == [state.url])
        }
    }
}
