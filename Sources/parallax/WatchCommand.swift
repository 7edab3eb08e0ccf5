import ArgumentParser
import Dispatch
import Foundation
import ParallaxCore
import ParallaxFetch
import ParallaxStore

#if canImport(Glibc)
import Glibc
#endif

/// `parallax watch`: poll feeds, fetch each new item's page, store it and update the stories, until
/// interrupted.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll feeds, fetch and store each new item's article, and keep the stories current until interrupted (Ctrl-C).",
        discussion: """
            Each round fetches every feed with a conditional GET (unchanged feeds cost one 304), fetches the
            pages of items not seen before (one request at a time per host, robots.txt honoured), stores the
            articles in one ingest and marks the items seen. SIGINT or SIGTERM stops after the round in hand
            is stored, or before it starts: never half of one. A status line per round goes to standard error.
            """
    )

    @Argument(help: "Feed URLs (RSS or Atom).")
    var feeds: [String] = []

    @Option(name: .customLong("feeds"), help: "A file of feed URLs, one per line (# starts a comment).")
    var feedsFile: String?

    @Option(help: "Time between two polls of the feeds: 30s, 10m, 1h.")
    var every = "10m"

    @Option(help: "Stop after this many rounds (for batch jobs and tests); default: until interrupted.")
    var rounds: Int?

    @Flag(help: "Fetch URLs that resolve to loopback, private, link-local or cloud-metadata addresses (refused by default).")
    var allowPrivate = false

    @Option(help: "Seconds between two requests to one host (politeness; a Retry-After can ask for more).")
    var delay = 1.0

    @Flag(help: "No status line on standard error.")
    var quiet = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard Self.seconds(every) != nil else { throw ValidationError("--every must be a duration such as 30s, 10m or 1h, got '\(every)'") }
        if let rounds, rounds < 1 { throw ValidationError("--rounds must be at least 1") }
        if feeds.isEmpty, feedsFile == nil { throw ValidationError("give at least one feed URL or --feeds FILE") }
    }

    /// Seconds of a duration such as `90`, `30s`, `10m`, `1h`.
    static func seconds(_ text: String) -> Double? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
        if let last = text.last, let unit = units[last], let value = Double(text.dropLast()), value > 0 { return value * unit }
        return Double(text).flatMap { $0 > 0 ? $0 : nil }
    }

    func run() async throws {
        signal(SIGXFSZ, SIG_IGN)
        var urls = feeds
        if let feedsFile {
            guard let text = try? String(contentsOfFile: feedsFile, encoding: .utf8) else { throw CommandFailure("cannot read the feeds file \(feedsFile)") }
            urls += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        guard !urls.isEmpty else { throw CommandFailure("no feed URL given") }
        let store = try database.open(create: true)
        var settings = FetchSettings()
        settings.allowPrivate = allowPrivate
        settings.hostDelay = max(0, delay)
        let fetcher = Fetcher(settings: settings)
        let watcher = FeedWatcher(fetcher: fetcher, store: store)
        let stop = StopSignal()
        do {
            try await watch(urls, watcher: watcher, store: store, stop: stop)
        } catch {
            await fetcher.shutdown()
            throw error
        }
        await fetcher.shutdown()
    }

    /// Polls until stopped (or `rounds` are done), one status line per round.
    private func watch(_ urls: [String], watcher: FeedWatcher, store: any CoverageStore, stop: StopSignal) async throws {
        let interval = Self.seconds(every) ?? 600
        // The clustering state stays in memory from round to round (resumed from the store only when
        // another process stored articles in between).
        let memory = ClusteringMemory()
        var round = 0
        var totals = (articles: 0, stories: Set<Int>(), errors: 0)
        while !stop.requested {
            round += 1
            let started = Date()
            var polls: [FeedPoll] = []
            for url in urls where !stop.requested {
                let poll = await watcher.poll(url)
                for problem in poll.problems { StandardError.print(problem) }
                polls.append(poll)
            }
            // The round's articles go in as one ingest, then each feed's state with its items seen: a
            // signal during the round waits for this, so the round is stored whole.
            let articles = polls.flatMap(\.articles)
            let summary = try CommandFailure.store { () throws(StoreError) -> IngestSummary? in
                guard !articles.isEmpty else { return nil }
                let lock = try store.writerLock()
                defer { withExtendedLifetime(lock) {} }
                var ingestor = StoreIngestor(store: store)
                ingestor.memory = memory
                return try ingestor.ingest(articles)
            }
            for poll in polls { try CommandFailure.store { () throws(StoreError) in try poll.record(in: store) } }
            let touched = Set((summary?.newStories ?? []) + (summary?.updatedStories ?? []))
            let errors = polls.reduce(0) { $0 + $1.problems.count }
            totals.articles += summary?.added ?? 0
            totals.stories.formUnion(touched)
            totals.errors += errors
            if !quiet {
                let unchanged = polls.filter(\.unchanged).count
                StandardError.print(
                    "watch: round \(round) · \(urls.count) feeds (\(unchanged) unchanged) · \(summary?.added ?? 0) new articles · "
                        + "\(touched.count) stories touched · \(errors) errors · \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            }
            // Give the memory a round used (decoding the clustering state, analyzing, parsing pages) back
            // to the system: a watcher runs for days, and glibc keeps freed heap otherwise.
            MemoryTrim.release()
            if let rounds, round >= rounds { break }
            await stop.sleep(seconds: max(0, interval - Date().timeIntervalSince(started)))
        }
        if !quiet {
            StandardError.print("watch: stopped after \(round) rounds · \(totals.articles) new articles · \(totals.stories.count) stories touched · \(totals.errors) errors")
        }
    }
}
