import Foundation
import ParallaxCore

/// The clustering state kept in memory between the ingests of one long-running process (`parallax
/// watch`), so that a round neither decodes the saved state and replays the analyses after it, nor
/// saves the whole state again at its end: its cost stays that of its own articles. The state is used
/// only while the store's last stream position is the one it was kept at — when another process has
/// stored articles in between, the next ingest resumes from the store as usual.
public final class ClusteringMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: (clusterer: StoryClusterer, checkpointSeq: Int, lastSeq: Int)?

    /// An empty memory.
    public init() {}

    /// The kept state, if it is the store's current one (`lastSeq`); taken out, so that an ingest that
    /// fails half-way leaves nothing stale behind.
    public func take(lastSeq: Int) -> (clusterer: StoryClusterer, checkpointSeq: Int)? {
        lock.withLock {
            defer { kept = nil }
            guard let kept, kept.lastSeq == lastSeq else { return nil }
            return (kept.clusterer, kept.checkpointSeq)
        }
    }

    /// Keeps the state an ingest ended with.
    public func keep(_ clusterer: StoryClusterer, checkpointSeq: Int, lastSeq: Int) {
        lock.withLock { kept = (clusterer, checkpointSeq, lastSeq) }
    }
}
