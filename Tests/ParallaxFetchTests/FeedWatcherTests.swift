import Foundation
import ParallaxCore
import ParallaxStore
import Testing
@testable import ParallaxFetch

@Suite("fetching and watching against a local server: once per item, 304, moves, and every fault one line", .serialized)
struct FeedWatcherTests {
    /// Fast settings for loopback: private addresses allowed (the test server), no pause, short timeouts.
    static var settings: FetchSettings {
        var settings = FetchSettings()
        settings.allowPrivate = true
        settings.hostDelay = 0
        settings.backoff = 0.01
        settings.readTimeout = 0.5
        settings.totalTimeout = 5
        return settings
    }

    static func store() throws -> (SQLiteStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (try SQLiteStore(path: folder.appendingPathComponent("p.sqlite").path, create: true), folder)
    }

    /// Runs `body` with a fetcher, shutting it down whatever happens (its connections must be closed).
    static func withFetcher(
        _ settings: FetchSettings = settings, resolver: any HostResolver = SystemResolver(), _ body: (Fetcher) async throws -> Void
    ) async throws {
        let fetcher = Fetcher(settings: settings, resolver: resolver)
        do {
            try await body(fetcher)
        } catch {
            await fetcher.shutdown()
            throw error
        }
        await fetcher.shutdown()
    }

    /// Runs `body` with a watcher fetching from `server` into a new store, both cleaned up after.
    static func withWatcher(_ server: LocalHTTPServer, _ body: (FeedWatcher, SQLiteStore) async throws -> Void) async throws {
        LocalFeedBase.base = server.base
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withFetcher { fetcher in try await body(FeedWatcher(fetcher: fetcher, store: store), store) }
    }

    static func ok(_ body: [UInt8], type: String, headers: [String: String] = [:]) -> LocalHTTPServer.Reply {
        .response(status: 200, headers: headers.merging(["Content-Type": type]) { a, _ in a }, body: body)
    }

    @Test("new items are ingested once; an unchanged feed answers 304 and costs nothing; a moved feed is followed")
    func onceAndConditional() async throws {
        let server = try LocalHTTPServer { path, headers in
            switch path {
            case "/feed":
                if headers["if-none-match"] == "\"v1\"" { return .response(status: 304, headers: [:], body: []) }
                return Self.ok(WebFixtures.feed("", links: ["/a1", "/a2"]).rebased, type: "application/rss+xml", headers: ["ETag": "\"v1\""])
            case "/old-feed": return .response(status: 301, headers: ["Location": "/feed"], body: [])
            case "/a1": return Self.ok(WebFixtures.page("Pier reopens", topic: "pier reopening"), type: "text/html; charset=utf-8")
            case "/a2": return Self.ok(WebFixtures.page("Ferry returns", topic: "ferry service"), type: "text/html")
            case "/robots.txt": return .response(status: 404, headers: [:], body: [])
            default: return .response(status: 404, headers: [:], body: [])
            }
        }
        defer { server.stop() }
        try await Self.withWatcher(server) { watcher, store in

            let first = await watcher.poll(server.base + "/feed")
            #expect(first.problems.isEmpty, "\(first.problems)")
            #expect(first.articles.count == 2)
            #expect(first.articles.allSatisfy { $0.source == "Anselm Courier" && $0.url?.hasPrefix(server.base) == true })
            let summary = try StoreIngestor(store: store).ingest(first.articles)
            #expect(summary.added == 2)
            try first.record(in: store)

            let second = await watcher.poll(server.base + "/feed")
            #expect(second.unchanged && second.articles.isEmpty)
            #expect(server.requests("/a1") == 1 && server.requests("/feed") == 2)
            try second.record(in: store)
            #expect(try store.feed(server.base + "/feed")?.items == 2)
            #expect(try store.feed(server.base + "/feed")?.lastStatus == "304 unchanged")

            let moved = await watcher.poll(server.base + "/old-feed")
            #expect(moved.state.finalURL == server.base + "/feed")
            #expect(moved.articles.count == 2)
            let again = try StoreIngestor(store: store).ingest(moved.articles)
            #expect(again.added == 0 && again.unchanged == 2)
            #expect(try store.counts().articles == 2)
        }
    }

    @Test("each fault gives one clear line and the rest goes on")
    func faults() async throws {
        let good = WebFixtures.page("Harbour works begin", topic: "harbour works")
        var damaged = WebFixtures.page("Market hall opens", topic: "market hall")
        damaged.insert(contentsOf: [0xFF, 0xFE, 0xC3], at: damaged.count / 2)
        let invalid = damaged
        let links = ["/slow", "/500", "/reset", "/truncated", "/huge", "/loop1", "/image", "/invalid-utf8", "/paywall", "/secret", "/404", "/good"]
        let server = try LocalHTTPServer { path, _ in
            switch path {
            case "/feed": return Self.ok(WebFixtures.feed("", links: links).rebased, type: "application/rss+xml")
            case "/robots.txt": return Self.ok(Array("User-agent: *\nDisallow: /secret\n".utf8), type: "text/plain")
            case "/slow": return .slow(seconds: 1.5, Self.ok(good, type: "text/html"))
            case "/500": return .response(status: 500, headers: [:], body: Array("oops".utf8))
            case "/reset": return .reset
            case "/truncated": return .truncated(declared: 10_000, body: Array(good.prefix(500)))
            case "/huge": return .huge(bytes: 50 << 20)
            case "/loop1": return .response(status: 302, headers: ["Location": "/loop2"], body: [])
            case "/loop2": return .response(status: 302, headers: ["Location": "/loop1"], body: [])
            case "/image": return Self.ok([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0], type: "image/png")
            case "/invalid-utf8": return Self.ok(invalid, type: "text/html; charset=utf-8")
            case "/paywall": return Self.ok(WebFixtures.payWall, type: "text/html")
            case "/secret": return Self.ok(good, type: "text/html")
            case "/good": return Self.ok(good, type: "text/html")
            case "/bad-xml": return Self.ok(Array("<?xml version=\"1.0\"?><rss><channel><item><title>x</ti".utf8) + [0xFF], type: "application/rss+xml")
            case "/feed-image": return Self.ok([0x89, 0x50], type: "image/png")
            case "/feed-500": return .response(status: 500, headers: [:], body: [])
            default: return .response(status: 404, headers: [:], body: [])
            }
        }
        defer { server.stop() }
        try await Self.withWatcher(server) { watcher, store in
            let poll = await watcher.poll(server.base + "/feed")
            let lines = poll.problems
            func line(_ path: String, _ words: String) {
                #expect(lines.contains { $0.contains(server.base + path) && $0.contains(words) }, "\(path): \(lines)")
            }
            line("/slow", "timed out")
            line("/500", "HTTP 500")
            line("/reset", "network error")
            line("/truncated", "network error")
            line("/huge", "larger than 10 MB")
            line("/loop1", "redirect loop")
            line("/image", "image/png")
            line("/paywall", "pay wall")
            line("/secret", "robots.txt disallows")
            line("/404", "HTTP 404")
            line("/invalid-utf8", "invalid UTF-8 repaired")
            // One line per fault, even when the feed's own text stands in for the page.
            #expect(lines.filter { $0.contains(server.base + "/500") }.count == 1)
            #expect(lines.contains { $0.contains("/reset") && $0.contains("connection reset") })
            #expect(lines.allSatisfy { !$0.contains("\n") })
            // The rest goes on: the good page and the repaired one are read from their pages.
            #expect(poll.articles.contains { $0.url == server.base + "/good" && $0.title == "Harbour works begin" })
            #expect(poll.articles.contains { $0.url == server.base + "/invalid-utf8" && $0.text.contains("\u{FFFD}") })
            #expect(!poll.articles.contains { $0.url == server.base + "/paywall" })
            // Server errors are retried (twice), a 4xx never.
            #expect(server.requests("/500") == 3 && server.requests("/404") == 1)

            for (path, words) in [("/bad-xml", "not a feed"), ("/feed-image", "image/png"), ("/feed-500", "HTTP 500"), ("/nowhere", "HTTP 404")] {
                let failed = await watcher.poll(server.base + path)
                #expect(failed.problems.count == 1 && failed.problems[0].contains(words), "\(path): \(failed.problems)")
                #expect(failed.state.errors == 1 && failed.articles.isEmpty)
            }
        }
    }

    @Test("without --allow-private the local server is refused, redirects included")
    func guardOnRedirects() async throws {
        let server = try LocalHTTPServer { _, _ in .response(status: 200, headers: ["Content-Type": "text/plain"], body: Array("hello".utf8)) }
        defer { server.stop() }
        var settings = Self.settings
        settings.allowPrivate = false
        try await Self.withFetcher(settings, resolver: FixedResolver(["public.test": ["93.184.216.34"], "inside.test": ["127.0.0.1"]])) { fetcher in
            await #expect(throws: FetchError.self) { try await fetcher.fetch(server.base + "/", kind: .feed) }
            await #expect(throws: FetchError.self) { try await fetcher.fetch("http://inside.test:\(server.port)/", kind: .feed) }
        }
        #expect(server.requests("/") == 0)
        // With --allow-private it is fetched.
        try await Self.withFetcher { open in
            let body = try await open.fetch(server.base + "/", kind: .feed).body
            #expect(body == Array("hello".utf8))
        }
    }
}

@Suite("HTTP manners: User-Agent, Retry-After, gzip, charset from the header", .serialized)
struct FetchMannersTests {
    @Test("a clear User-Agent; a 503 with Retry-After is waited out and retried; gzip bodies are inflated")
    func manners() async throws {
        let attempts = Counter()
        let gzipped: [UInt8] = [
            0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x57, 0x48, 0x2c, 0x2a, 0xca,
            0xaf, 0xcc, 0x07, 0x00, 0x0a, 0xce, 0x05, 0x22, 0x0c, 0x00, 0x00, 0x00,
        ]
        let server = try LocalHTTPServer { path, headers in
            switch path {
            case "/busy":
                if attempts.next() == 1 { return .response(status: 503, headers: ["Retry-After": "1"], body: []) }
                return .response(status: 200, headers: ["Content-Type": "text/plain", "X-Agent": headers["user-agent"] ?? ""], body: Array((headers["user-agent"] ?? "").utf8))
            case "/gzip": return .response(status: 200, headers: ["Content-Type": "text/plain", "Content-Encoding": "gzip"], body: gzipped)
            default: return .response(status: 404, headers: [:], body: [])
            }
        }
        defer { server.stop() }
        try await FeedWatcherTests.withFetcher { fetcher in
            let started = Date()
            let busy = try await fetcher.fetch(server.base + "/busy", kind: .feed)
            #expect(Date().timeIntervalSince(started) >= 0.9)
            #expect(server.requests("/busy") == 2)
            #expect(String(decoding: busy.body, as: UTF8.self).hasPrefix("Parallax/"))
            let inflated = try await fetcher.fetch(server.base + "/gzip", kind: .feed).body
            #expect(String(decoding: inflated, as: UTF8.self) == "hello arroyo")
        }
    }

    @Test("the charset of the Content-Type header wins over the page's own meta tag")
    func charsetFromHeader() throws {
        let sentence = "Caf\u{E9} owners in Port Anselm met the council on Monday to discuss the new terrace rules for the harbour front. "
        let page = "<html><head><meta charset=\"utf-8\"><title>Caf\u{E9}s</title></head><body><article><h1>Caf\u{E9}s</h1>"
            + String(repeating: "<p>\(sentence)</p>", count: 10) + "</article></body></html>"
        let latin = try #require(page.data(using: .isoLatin1))
        let response = FetchedResponse(
            url: "http://127.0.0.1/cafe", status: 200, contentType: "text/html; charset=iso-8859-1", etag: nil, lastModified: nil, body: [UInt8](latin))
        let article = try #require(try WebReader().read(response).articles.first)
        #expect(article.text.contains("Caf\u{E9} owners") && !article.text.contains("\u{FFFD}"))
        #expect(article.source == "127.0.0.1")
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}

/// The base URL the fixtures' relative links resolve against (set by each test before fetching).
enum LocalFeedBase {
    nonisolated(unsafe) static var base = ""
}

extension [UInt8] {
    /// A feed written with relative links, made absolute against the running server.
    var rebased: [UInt8] {
        Array(String(decoding: self, as: UTF8.self).replacingOccurrences(of: "<link>/", with: "<link>\(LocalFeedBase.base)/").utf8)
    }
}
