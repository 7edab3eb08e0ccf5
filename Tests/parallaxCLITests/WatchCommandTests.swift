import Foundation
import Testing

/// A static site on 127.0.0.1 (Python's http.server, which answers `If-Modified-Since` with 304) holding
/// a project-written feed and its pages.
final class StaticSite: @unchecked Sendable {
    let process = Process()
    let folder: URL
    var port = 0

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("server.log")
        try Data().write(to: log)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-m", "http.server", "--bind", "127.0.0.1", "--directory", folder.path, "0"]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while port == 0, Date() < deadline {
            let text = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
            if let range = text.range(of: #"port (\d+)"#, options: .regularExpression) { port = Int(text[range].dropFirst(5)) ?? 0 } else { Thread.sleep(forTimeInterval: 0.05) }
        }
    }

    var base: String { "http://127.0.0.1:\(port)" }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func stop() {
        // SIGKILL: the test process may run its children with SIGTERM blocked.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// A page of about 200 invented words.
    static func page(_ title: String, _ topic: String) -> String {
        let sentences = (1...12).map { "<p>The \(topic) in Port Anselm drew \($0 * 40) residents on day \($0), harbour master Edda Voss said, adding that the council would publish its account of the \(topic) soon.</p>" }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>\(title)</title></head><body><article><h1>\(title)</h1>\(sentences.joined())</article></body></html>"
    }

    func publish() throws {
        try write("pier.html", Self.page("Pier reopens after repairs", "pier reopening"))
        try write("ferry.html", Self.page("Ferry returns to the harbour", "ferry service"))
        try write("feed.xml", """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Anselm Courier</title>
            <item><title>Pier reopens after repairs</title><link>\(base)/pier.html</link></item>
            <item><title>Ferry returns to the harbour</title><link>\(base)/ferry.html</link></item>
            </channel></rss>
            """)
    }
}

@Suite("parallax ingest URL, watch and feeds against a local site", .serialized)
struct WatchCommandTests {
    @Test("ingest fetches a page and a feed's pages; watch polls (304 when unchanged); feeds lists them")
    func ingestWatchFeeds() throws {
        let site = try StaticSite()
        defer { site.stop() }
        try #require(site.port > 0)
        try site.publish()
        let db = site.folder.appendingPathComponent("p.sqlite").path

        let refused = try ParallaxProcess.run(["ingest", "--quiet", "--db", db, site.base + "/pier.html"])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("refused: 127.0.0.1 is a loopback address (use --allow-private"))

        let page = try ParallaxProcess.run(["ingest", "--quiet", "--allow-private", "--db", db, site.base + "/pier.html"])
        #expect(page.status == 0, "\(page.standardError)")
        let feed = try ParallaxProcess.run(["ingest", "--quiet", "--allow-private", "--db", db, site.base + "/feed.xml"])
        #expect(feed.status == 0, "\(feed.standardError)")
        let stored = try ParallaxProcess.run(["stories", "--db", db, "--format", "json"])
        #expect(stored.standardOutput.contains("Ferry returns to the harbour"))

        let watch = try ParallaxProcess.run(["watch", "--allow-private", "--db", db, "--every", "1s", "--rounds", "2", site.base + "/feed.xml"])
        #expect(watch.status == 0, "\(watch.standardError)")
        #expect(watch.standardError.contains("watch: round 1 · 1 feeds (1 unchanged) · 0 new articles"))
        #expect(watch.standardError.contains("watch: round 2 · 1 feeds (1 unchanged)"))

        let feeds = try ParallaxProcess.run(["feeds", "--db", db])
        #expect(feeds.status == 0)
        #expect(feeds.standardOutput.contains("Anselm Courier — \(site.base)/feed.xml") && feeds.standardOutput.contains("304 unchanged | 2 | 0 |"))
    }

    @Test("watch stops cleanly on SIGTERM; bad options get one line")
    func stopsOnSignal() throws {
        let site = try StaticSite()
        defer { site.stop() }
        try site.publish()
        let db = site.folder.appendingPathComponent("w.sqlite").path
        let process = Process()
        process.executableURL = try ParallaxProcess.binary()
        process.arguments = ["watch", "--allow-private", "--db", db, "--every", "10m", site.base + "/feed.xml"]
        let errors = site.folder.appendingPathComponent("watch.err")
        try Data().write(to: errors)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self).contains("watch: round 1") {
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        process.waitUntilExit()
        let log = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(log)")
        #expect(log.contains("watch: round 1 · 1 feeds (0 unchanged) · 2 new articles") && log.contains("watch: stopped after 1 rounds"))

        for (arguments, words) in [
            (["watch", "--every", "soon", "http://example.com/feed"], "--every must be a duration"),
            (["watch"], "give at least one feed URL"),
            (["watch", "--feeds", "/no/such/file", "--db", db], "cannot read the feeds file"),
        ] {
            let result = try ParallaxProcess.run(arguments)
            #expect(result.status != 0 && result.standardError.contains(words), "\(arguments): \(result.standardError)")
        }
        let hostile = try ParallaxProcess.run(["ingest", "--db", db, "file:///etc/passwd", "javascript:alert(1)"])
        #expect(hostile.status != 0)
    }
}
