import Dispatch
import Foundation
import ParallaxCore
import ParallaxStore

/// One `parallax worker`: claims waiting articles under a lease, analyzes them on `concurrency` threads,
/// records the analyses, and — while it holds the store's writer lock — runs the clustering step. Any
/// number run at once, on any machines; none keeps anything the database does not have, so a worker
/// killed at any moment loses only its lease (the articles are claimed again when it runs out).
///
/// A failure (the server restarted, the network dropped) is one line on the log; the worker waits a
/// moment, reconnects on its next call, and goes on.
public final class QueueWorker: Sendable {
    /// How a worker runs.
    public struct Settings: Sendable {
        /// Analysis threads.
        public var concurrency = ProcessInfo.processInfo.activeProcessorCount
        /// Articles per claim.
        public var batch = 32
        /// Seconds a claim is held before another worker may take it again.
        public var lease = 60.0
        /// Exit once the queue is empty (for batch jobs and tests).
        public var untilIdle = false
        /// Seconds between two looks at an empty queue.
        public var idlePause = 0.25
        /// Claims of one article before it is given up.
        public var maxAttempts = 5
        /// This worker's name in the queue (host and process id by default).
        public var name = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"

        public init() {}
    }

    /// What a worker did.
    public struct Summary: Sendable {
        public var analyzed = 0
        public var stored = 0
        public var updated = 0
        public var abandoned = 0
        public var failures = 0
        public var seconds = 0.0
    }

    let store: PostgresStore
    let settings: Settings
    let analyzer: Analyzer

    public init(store: PostgresStore, settings: Settings, analyzer: Analyzer = Analyzer()) {
        self.store = store
        self.settings = settings
        self.analyzer = analyzer
    }

    /// Works until `stop()` says so (checked between batches) or, with `untilIdle`, the queue is empty.
    public func run(stop: () -> Bool, log: (String) -> Void) -> Summary {
        let started = DispatchTime.now().uptimeNanoseconds
        var summary = Summary()
        let step = ClusteringStep(store: store, maxAttempts: settings.maxAttempts)
        var lock: PostgresWriterLock?
        var failuresInARow = 0
        while !stop() {
            do throws(StoreError) {
                if lock?.isHeld != true {
                    if lock != nil { step.forget() }
                    lock = try? store.writerLock() as? PostgresWriterLock
                }
                let claimed = try store.claim(limit: settings.batch, lease: settings.lease, worker: settings.name, maxAttempts: settings.maxAttempts)
                // The claimed articles are analyzed on worker threads while this thread runs the clustering
                // step (when it holds the lock) over what earlier claims analyzed.
                let pending = claimed.isEmpty ? nil : PendingAnalysis(claimed.map(\.article), analyzer: analyzer, workers: settings.concurrency)
                var consumed = 0
                if lock?.isHeld == true {
                    // Beside an analysis, one run; with nothing claimed, until the analyzed head is stored.
                    repeat {
                        let outcome = try step.run(drained: claimed.isEmpty)
                        consumed = outcome.consumed
                        summary.stored += outcome.added
                        summary.updated += outcome.updated
                        summary.abandoned += outcome.abandoned.count
                        for ref in outcome.abandoned { log("gave up on \(ref) after \(settings.maxAttempts) failed analyses") }
                    } while claimed.isEmpty && consumed > 0 && !stop()
                }
                if let pending {
                    let records = try pending.wait()
                    try store.complete(zip(claimed, records).map { ($0.qid, $1) })
                    summary.analyzed += claimed.count
                }
                failuresInARow = 0
                if claimed.isEmpty && consumed == 0 {
                    if settings.untilIdle, try store.queueStatus().total == 0 {
                        if lock?.isHeld == true { _ = try step.run(drained: true) }
                        break
                    }
                    Thread.sleep(forTimeInterval: settings.idlePause)
                }
            } catch {
                summary.failures += 1
                failuresInARow += 1
                log(error.description)
                // The lock's connection may be gone with the server; take it again once it is back.
                lock = nil
                step.forget()
                Thread.sleep(forTimeInterval: min(5, 0.25 * Double(1 << min(failuresInARow, 5))))
            }
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return summary
    }
}
