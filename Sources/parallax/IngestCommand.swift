import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxFetch
import ParallaxReport
import ParallaxStore

#if canImport(Glibc)
import Glibc
#endif

/// `parallax ingest`: read articles into the store, grow the stories, print what changed.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles (files, folders, JSON Lines, feeds, pages, http(s) URLs of pages and feeds) and group them into stories; the same article twice is stored once."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: "Articles per transaction.")
    var batch = 256

    @Option(help: "Fewest articles between two saved clustering states (the gap grows to half the stored articles); a killed ingest replays at most that many.")
    var checkpointEvery = 5_000

    @Flag(help: "No progress on standard error.")
    var quiet = false

    @Flag(help: "Only put the articles in the work queue of a PostgreSQL database (--db postgres://…), for `parallax worker` processes to analyze and store.")
    var queue = false

    @Flag(help: "Fetch URLs that resolve to loopback, private, link-local or cloud-metadata addresses (refused by default).")
    var allowPrivate = false

    @Option(help: "Seconds between two requests to one host (politeness; a Retry-After can ask for more).")
    var delay = 1.0

    func validate() throws {
        guard batch >= 1, batch <= 100_000 else { throw ValidationError("--batch must be between 1 and 100000") }
        guard checkpointEvery >= 1 else { throw ValidationError("--checkpoint-every must be at least 1") }
    }

    func run() async throws {
        // A write past the file-size limit must fail as an error, not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        // An existing database is checked before the input is read (a foreign or damaged file fails at
        // once); a new one is created only once there is something to put in it.
        if queue {
            try await enqueue()
            return
        }
        let existing = database.exists ? try database.open(create: false) : nil
        let urls = input.inputs.filter(WebInputs.isURL)
        var files = input
        files.inputs = input.inputs.filter { !WebInputs.isURL($0) }
        var articles = files.inputs.isEmpty ? [] : try files.readArticles()
        var polls: [FeedPoll] = []
        var opened = existing
        if !urls.isEmpty {
            var settings = FetchSettings()
            settings.allowPrivate = allowPrivate
        settings.hostDelay = max(0, delay)
            let created = try opened ?? database.open(create: true)
            opened = created
            let fetcher = Fetcher(settings: settings)
            let fetched = await WebInputs(urls: urls, fetcher: fetcher).read(store: created)
            await fetcher.shutdown()
            articles += fetched.articles
            polls = fetched.polls
            guard !articles.isEmpty || !polls.isEmpty else { throw CommandFailure("no article could be read") }
        }
        let store = try opened ?? database.open(create: true)
        let lock = try CommandFailure.store { () throws(StoreError) in try store.writerLock() }
        defer { withExtendedLifetime(lock) {} }
        var ingestor = StoreIngestor(store: store)
        ingestor.batchSize = batch
        ingestor.checkpointEvery = checkpointEvery
        let bar = ProgressBar(enabled: !quiet)
        let summary = try CommandFailure.store { () throws(StoreError) in
            try ingestor.ingest(articles) { bar.show($0) }
        }
        bar.finish()
        // Feeds given as URLs are remembered as `watch` remembers them, once their articles are stored.
        for poll in polls {
            try CommandFailure.store { () throws(StoreError) in try poll.record(in: store) }
        }
        let counts = try CommandFailure.store { () throws(StoreError) in try store.counts() }
        let shown = (summary.newStories + summary.updatedStories)
        let stories = try CommandFailure.store { () throws(StoreError) -> [StoredStory] in
            var found: [StoredStory] = []
            for id in shown.prefix(2_000) { if let story = try store.story(id) { found.append(story) } }
            return found
        }
        print(IngestReport(path: store.location, summary: summary, counts: counts, stories: stories).render(), terminator: "")
    }

    /// `--queue`: reads the input as an ingest does and appends it to the work queue.
    private func enqueue() async throws {
        let store = try database.openServer(for: "ingest --queue")
        let urls = input.inputs.filter(WebInputs.isURL)
        var files = input
        files.inputs = input.inputs.filter { !WebInputs.isURL($0) }
        var articles = files.inputs.isEmpty ? [] : try files.readArticles()
        var polls: [FeedPoll] = []
        if !urls.isEmpty {
            var settings = FetchSettings()
            settings.allowPrivate = allowPrivate
            settings.hostDelay = max(0, delay)
            let fetcher = Fetcher(settings: settings)
            let fetched = await WebInputs(urls: urls, fetcher: fetcher).read(store: store)
            await fetcher.shutdown()
            articles += fetched.articles
            polls = fetched.polls
        }
        guard !articles.isEmpty else { throw CommandFailure("no article could be read") }
        let result = try CommandFailure.store { () throws(StoreError) in try store.enqueue(articles) }
        for poll in polls {
            try CommandFailure.store { () throws(StoreError) in try poll.record(in: store) }
        }
        let status = try CommandFailure.store { () throws(StoreError) in try store.queueStatus() }
        print(
            "\(store.location): queued \(result.queued) article\(result.queued == 1 ? "" : "s") (\(result.skipped) stored or queued already); "
                + "the queue holds \(status.waiting) to analyze and \(status.analyzed) to store — run parallax worker --db URL")
        store.close()
    }
}
