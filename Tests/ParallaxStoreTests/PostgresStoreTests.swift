import Dispatch
import Foundation
import ParallaxCore
import ParallaxPostgres
import Testing
@testable import ParallaxStore

@Suite("PostgreSQL store: opening, the work queue and its workers", .enabled(if: TestPostgres.available, "no PostgreSQL server for the tests"))
struct PostgresStoreTests {
    @Test("a database holding another program's articles table is refused and left alone")
    func foreign() throws {
        let url = try TestPostgres.freshDatabase()
        defer { TestPostgres.drop(url) }
        #expect(TestPostgres.run(TestPostgres.psql, [url, "-q", "-c", "CREATE TABLE articles (x int)"]) != nil)
        #expect(throws: StoreError.foreignDatabase(path: try #require(PostgresAddress(url: url)).description)) { _ = try PostgresStore(url: url) }
        #expect(TestPostgres.run(TestPostgres.psql, [url, "-tAc", "SELECT count(*) FROM information_schema.tables WHERE table_name = 'parallax_schema'"])?.hasPrefix("0") == true)
    }

    @Test("a database written by a newer Parallax is refused")
    func newer() throws {
        let url = try TestPostgres.freshDatabase()
        defer { TestPostgres.drop(url) }
        _ = try PostgresStore(url: url)
        #expect(TestPostgres.run(TestPostgres.psql, [url, "-q", "-c", "INSERT INTO parallax_schema (step) VALUES ('v99-from-the-future')"]) != nil)
        #expect(throws: StoreError.newerSchema(path: try #require(PostgresAddress(url: url)).description, found: "v99-from-the-future")) {
            _ = try PostgresStore(url: url)
        }
    }

    @Test("an unreachable server or a bad URL is one line, no crash", arguments: ["postgres://nobody@127.0.0.1:1/none", "postgres://", "postgresql:///only-a-path"])
    func unreachable(_ url: String) throws {
        do {
            _ = try PostgresStore(url: url)
            Issue.record("opened \(url)")
        } catch {
            #expect(!error.description.contains("\n"))
            if case .unreachable = error {} else { Issue.record("unexpected error \(error)") }
        }
    }

    @Test("text PostgreSQL cannot hold (NUL characters) and a 300 KB article are stored and searchable")
    func hostileText() throws {
        try StoreFixtures.withDatabase(.postgres) { database in
            let store = try database.open()
            var articles = StoreFixtures.stream
            articles[5].text = "WELLOW —\u{0} The botanic\u{0} garden opened a glasshouse."
            articles[5].title = "Glasshouse\u{0} opens"
            articles.append(
                StoreFixtures.article(
                    "huge", "long-post", "2026-02-14", "A very long report",
                    String(repeating: "The harbour dredging contract was debated at length by the board. ", count: 4_600) + "zygomorphic"))
            let summary = try StoreIngestor(store: store).ingest(articles)
            #expect(summary.added == 7)
            #expect(try store.search(SearchQuery(text: "glasshouse")).results.map(\.id) == ["garden-1"])
            #expect(try store.search(SearchQuery(text: "dredging")).results.map(\.id) == ["huge"])
            #expect(try store.article("huge")?.article.text.count ?? 0 > 300_000)
        }
    }

    @Test("queued articles, analyzed by two workers at once, give the stories of one in-process ingest; enqueuing again adds nothing")
    func workers() throws {
        let expected = try StoreFixtures.withDatabase(.sqlite) { database in
            let store = try database.open()
            _ = try StoreIngestor(store: store).ingest(StoreFixtures.stream)
            return try StoreFixtures.membership(store)
        }
        try StoreFixtures.withDatabase(.postgres) { database in
            let store = try PostgresStore(url: database.location)
            let queued = try store.enqueue(StoreFixtures.stream.reversed())
            #expect(queued.queued == 6 && queued.skipped == 0)
            #expect(try store.enqueue(StoreFixtures.stream).queued == 0)
            #expect(try store.queueStatus() == QueueStatus(waiting: 6, leased: 0, analyzed: 0))
            var settings = QueueWorker.Settings()
            settings.batch = 1
            settings.concurrency = 1
            settings.untilIdle = true
            settings.idlePause = 0.02
            let group = DispatchGroup()
            let stored = Counter()
            for number in 0..<2 {
                settings.name = "test-\(number)"
                let worker = QueueWorker(store: try PostgresStore(url: database.location), settings: settings)
                group.enter()
                DispatchQueue.global().async {
                    let summary = worker.run(stop: { false }, log: { _ in })
                    stored.add(summary.stored)
                    group.leave()
                }
            }
            #expect(group.wait(timeout: .now() + 120) == .success)
            #expect(stored.value == 6)
            #expect(try store.queueStatus().total == 0)
            #expect(try StoreFixtures.membership(store) == expected)
            #expect(try store.counts() == StoreCounts(articles: 6, stories: 3, copies: 1, boilerplate: 0))
            // The state was saved when the queue emptied: an in-process ingest goes on from it.
            #expect(try store.checkpoint()?.throughSeq == 6)
            #expect(try store.enqueue(StoreFixtures.stream).queued == 0)
        }
    }

    @Test("a claim whose lease ran out is claimed again; a late second analysis changes nothing")
    func lease() throws {
        try StoreFixtures.withDatabase(.postgres) { database in
            let store = try PostgresStore(url: database.location)
            _ = try store.enqueue(Array(StoreFixtures.stream.prefix(2)))
            let first = try store.claim(limit: 1, lease: 1, worker: "a", maxAttempts: 5)
            #expect(first.map(\.article.id) == ["ferry-1"])
            #expect(try store.claim(limit: 1, lease: 60, worker: "b", maxAttempts: 5).map(\.article.id) == ["ferry-2"])
            #expect(try store.claim(limit: 5, lease: 60, worker: "b", maxAttempts: 5).isEmpty)
            Thread.sleep(forTimeInterval: 1.2)
            let again = try store.claim(limit: 5, lease: 60, worker: "c", maxAttempts: 5)
            #expect(again.map(\.article.id) == ["ferry-1"] && again.first?.attempts == 2)
            let analyzer = Analyzer()
            let record = try AnalyzedRecord(again[0].article, analyzer: analyzer)
            try store.complete([(again[0].qid, record)])
            try store.complete([(first[0].qid, record)])
            #expect(try store.queueStatus() == QueueStatus(waiting: 1, leased: 1, analyzed: 1))
            // The clustering step stores the analyzed head only: ferry-2 waits for its analysis.
            let outcome = try ClusteringStep(store: store).run()
            #expect(outcome.added == 1 && outcome.consumed == 1)
            #expect(try store.counts().articles == 1)
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0
        func add(_ value: Int) { lock.withLock { total += value } }
        var value: Int { lock.withLock { total } }
    }
}
