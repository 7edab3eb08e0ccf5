import ParallaxCore
import ParallaxStore

/// The one place stories are decided when workers share a database: the worker holding the store's
/// writer lock takes the analyzed run at the head of the queue, in stream order, places it into
/// stories exactly as an in-process ingest would (`StoryPlacement`), and stores it — articles, analyses,
/// story totals, merges, and the removal of those queue entries — in one transaction. Because the order
/// is the queue's, not the order the workers finished in, the stories are those of a single process
/// reading the same input, however many workers analyze and whichever of them holds the lock.
///
/// The clustering state stays in memory while this worker keeps the lock; a new holder resumes it from
/// the saved state and the stored analyses after it.
public final class ClusteringStep: Sendable {
    let store: PostgresStore
    let memory = ClusteringMemory()
    /// Entries that failed analysis this many times are given up (stored nowhere, reported).
    let maxAttempts: Int
    /// Fewest articles between two saved states; the gap grows to an eighth of the stored articles (a
    /// new holder of the lock — the last one killed — replays at most that many stored analyses).
    let checkpointEvery: Int

    public init(store: PostgresStore, maxAttempts: Int = 5, checkpointEvery: Int = 1_000) {
        self.store = store
        self.maxAttempts = maxAttempts
        self.checkpointEvery = checkpointEvery
    }

    /// What one run stored.
    public struct Outcome: Sendable {
        /// Queue entries consumed (stored, updated, found stored already, or given up).
        public var consumed = 0
        public var added = 0
        public var updated = 0
        /// Refs given up after `maxAttempts` failed analyses.
        public var abandoned: [String] = []
    }

    /// Stores the analyzed run at the head of the queue (at most `limit` entries); `drained` also saves the
    /// clustering state when the run empties the queue (so the next holder starts from it).
    public func run(limit: Int = 256, drained: Bool = false) throws(StoreError) -> Outcome {
        var outcome = Outcome()
        var ready: [QueueEntry] = []
        for entry in try store.head(limit: limit) {
            if entry.analysis != nil, entry.profile != nil {
                ready.append(entry)
            } else if entry.attempts >= maxAttempts, entry.leaseExpired {
                ready.append(entry)
            } else {
                break
            }
        }
        let lastSeq = try store.lastSeq()
        guard !ready.isEmpty else {
            if drained { try saveState(lastSeq: lastSeq) }
            return outcome
        }
        var (clusterer, checkpointSeq): (StoryClusterer, Int)
        if let kept = memory.take(lastSeq: lastSeq) {
            (clusterer, checkpointSeq) = (kept.clusterer, kept.checkpointSeq)
        } else {
            let resumed = try StoreIngestor(store: store).resume()
            (clusterer, checkpointSeq) = (resumed.clusterer, resumed.checkpointSeq)
        }
        // Idempotent by key and content hash: an entry whose article is stored unchanged is only removed.
        let known = try store.fingerprints(refs: ready.map(\.ref), ids: ready.map(\.article.id))
        var byRef = Dictionary(known.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
        var ids = Set(known.map(\.id))
        var inputs: [StoryPlacement.Input] = []
        var updates: [IngestRecord] = []
        for entry in ready {
            guard let analysis = entry.analysis, let profileBytes = entry.profile else {
                outcome.abandoned.append(entry.ref)
                continue
            }
            if let stored = byRef[entry.ref] {
                guard stored.contentHash != entry.contentHash else { continue }
                var article = entry.article
                article.id = stored.id
                updates.append(
                    IngestRecord(
                        seq: stored.seq, article: article, ref: entry.ref, contentHash: entry.contentHash, analysis: analysis,
                        analysisFormat: AnalysisCodec.format, entities: entry.entities ?? "", story: nil, duplicateOf: nil, boilerplate: false))
                byRef[entry.ref] = ArticleFingerprint(seq: stored.seq, id: stored.id, ref: stored.ref, contentHash: entry.contentHash)
                continue
            }
            guard ids.insert(entry.article.id).inserted else { continue }
            byRef[entry.ref] = ArticleFingerprint(seq: 0, id: entry.article.id, ref: entry.ref, contentHash: entry.contentHash)
            inputs.append(
                StoryPlacement.Input(
                    article: entry.article, ref: entry.ref, contentHash: entry.contentHash,
                    profile: try AnalysisCodec.decodeProfile(profileBytes, store: store.location), analysis: analysis,
                    entities: entry.entities ?? ""))
        }
        var nextSeq = lastSeq + 1
        let placement = StoryPlacement(inputs, clusterer: &clusterer, nextSeq: &nextSeq)
        var batch = IngestBatch()
        batch.inserts = placement.inserts
        batch.merges = placement.merges
        batch.updates = updates
        var emptied = false
        if drained { emptied = ready.count == (try store.queueStatus()).total }
        if (emptied && nextSeq - 1 > checkpointSeq) || nextSeq - 1 - checkpointSeq >= max(checkpointEvery, checkpointSeq / 8) {
            batch.checkpoint = ClusteringCheckpoint(throughSeq: nextSeq - 1, state: try AnalysisCodec.encode(clusterer))
            checkpointSeq = nextSeq - 1
        }
        try store.write(batch, consuming: ready.map(\.qid))
        memory.keep(clusterer, checkpointSeq: checkpointSeq, lastSeq: nextSeq - 1)
        outcome.consumed = ready.count
        outcome.added = placement.inserts.count
        outcome.updated = updates.count
        return outcome
    }

    /// Saves the state kept in memory when it is ahead of the saved one.
    private func saveState(lastSeq: Int) throws(StoreError) {
        guard let kept = memory.take(lastSeq: lastSeq) else { return }
        var checkpointSeq = kept.checkpointSeq
        if lastSeq > kept.checkpointSeq {
            var batch = IngestBatch()
            batch.checkpoint = ClusteringCheckpoint(throughSeq: lastSeq, state: try AnalysisCodec.encode(kept.clusterer))
            try store.write(batch)
            checkpointSeq = lastSeq
        }
        memory.keep(kept.clusterer, checkpointSeq: checkpointSeq, lastSeq: lastSeq)
    }

    /// Forgets the state in memory (after a failure, or when the lock was lost).
    public func forget() {
        _ = memory.take(lastSeq: Int.min)
    }
}
