import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxReport
import ParallaxStore

#if canImport(Glibc)
import Glibc
#endif

/// `parallax ingest`: read articles into the store, grow the stories, print what changed.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles (files, folders, JSON Lines, feeds, pages) and group them into stories; the same article twice is stored once."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: "Articles per transaction.")
    var batch = 256

    @Option(help: "Fewest articles between two saved clustering states (the gap grows to half the stored articles); a killed ingest replays at most that many.")
    var checkpointEvery = 5_000

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func validate() throws {
        guard batch >= 1, batch <= 100_000 else { throw ValidationError("--batch must be between 1 and 100000") }
        guard checkpointEvery >= 1 else { throw ValidationError("--checkpoint-every must be at least 1") }
    }

    func run() throws {
        // A write past the file-size limit must fail as an error, not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        // An existing database is checked before the input is read (a foreign or damaged file fails at
        // once); a new one is created only once there is something to put in it.
        let existing = FileManager.default.fileExists(atPath: database.path) ? try database.open(create: false) : nil
        let articles = try input.readArticles()
        let store = try existing ?? database.open(create: true)
        let lock = try CommandFailure.store { () throws(StoreError) in try IngestLock(database: store.path) }
        defer { withExtendedLifetime(lock) {} }
        var ingestor = StoreIngestor(store: store)
        ingestor.batchSize = batch
        ingestor.checkpointEvery = checkpointEvery
        let bar = ProgressBar(enabled: !quiet)
        let summary = try CommandFailure.store { () throws(StoreError) in
            try ingestor.ingest(articles) { bar.show($0) }
        }
        bar.finish()
        let counts = try CommandFailure.store { () throws(StoreError) in try store.counts() }
        let shown = (summary.newStories + summary.updatedStories)
        let stories = try CommandFailure.store { () throws(StoreError) -> [StoredStory] in
            var found: [StoredStory] = []
            for id in shown.prefix(2_000) { if let story = try store.story(id) { found.append(story) } }
            return found
        }
        print(IngestReport(path: store.path, summary: summary, counts: counts, stories: stories).render(), terminator: "")
    }
}
