import Dispatch
import Foundation
import ParallaxCore
import Synchronization

/// The analysis of one batch running on worker threads — one per core, each taking the next article
/// — while the caller does something else (clusters and stores the batch before it). `wait()` returns
/// the records in input order.
public final class PendingAnalysis: Sendable {
    private let group = DispatchGroup()
    private let results: Mutex<[AnalyzedRecord?]>
    private let failure = Mutex<StoreError?>(nil)

    /// Starts analyzing `articles` with `workers` threads.
    public init(_ articles: [Article], analyzer: Analyzer, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        results = Mutex(Array(repeating: nil, count: articles.count))
        let next = Atomic<Int>(0)
        for _ in 0..<max(1, min(workers, articles.count)) {
            group.enter()
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                defer { group.leave() }
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < articles.count else { return }
                    do throws(StoreError) {
                        let record = try AnalyzedRecord(articles[index], analyzer: analyzer)
                        results.withLock { $0[index] = record }
                    } catch {
                        failure.withLock { $0 = error }
                        return
                    }
                }
            }
        }
    }

    /// Waits for every article and returns the records in input order.
    public func wait() throws(StoreError) -> [AnalyzedRecord] {
        group.wait()
        if let error = failure.withLock({ $0 }) { throw error }
        return results.withLock { $0.compactMap { $0 } }
    }
}
