import ArgumentParser
import Foundation
import ParallaxPostgres
import ParallaxStore

/// `parallax worker`: one of any number of processes sharing a PostgreSQL database's work queue.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Analyze and store the articles queued in a PostgreSQL database (ingest --queue); run as many as you like, on any machines.",
        discussion: """
            Each worker claims a few queued articles at a time under a lease, analyzes them and records the
            analyses; the one worker holding the database's writer lock also stores them, in the order they
            were queued, and places them into stories — so the stories are those of one process, however
            many workers run. A worker killed at any moment loses only its lease: its articles are claimed
            again when the lease runs out. SIGINT or SIGTERM stops a worker after the batch in hand.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Analysis threads (default: the machine's cores).")
    var concurrency: Int?

    @Option(help: "Articles per claim.")
    var batch = 32

    @Option(help: "Seconds a claim is held before another worker may take it again.")
    var lease = 60.0

    @Flag(help: "Exit once the queue is empty (for batch jobs and tests).")
    var untilIdle = false

    @Flag(help: "No summary line on standard error.")
    var quiet = false

    func validate() throws {
        if let concurrency, concurrency < 1 || concurrency > 256 { throw ValidationError("--concurrency must be between 1 and 256") }
        guard batch >= 1, batch <= 10_000 else { throw ValidationError("--batch must be between 1 and 10000") }
        guard lease >= 1, lease <= 86_400 else { throw ValidationError("--lease must be between 1 and 86400 seconds") }
    }

    func run() throws {
        let store = try database.openServer(for: "worker")
        var settings = QueueWorker.Settings()
        if let concurrency { settings.concurrency = concurrency }
        settings.batch = batch
        settings.lease = lease
        settings.untilIdle = untilIdle
        let stop = StopSignal(message: "worker: stopping after the batch in hand")
        let summary = QueueWorker(store: store, settings: settings).run(stop: { stop.requested }) { StandardError.print("worker: \($0)") }
        store.close()
        if !quiet {
            StandardError.print(
                "worker: analyzed \(summary.analyzed), stored \(summary.stored) new and \(summary.updated) changed articles in "
                    + String(format: "%.1f s", summary.seconds) + (summary.failures > 0 ? " (\(summary.failures) failures retried)" : ""))
        }
    }
}
