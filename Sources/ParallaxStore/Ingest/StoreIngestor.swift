import Dispatch
import Foundation
import ParallaxCore
import ParallaxIngest

/// Ingests articles into a store: skips what is stored unchanged, updates what changed, analyzes the
/// new articles on every core, places them into stories in date order, and commits batch by batch.
///
/// Crash safety comes from the batches: each is one transaction holding its articles, analyses,
/// search entries, story totals and merges — and, every `checkpointEvery` articles and at the end, the
/// clustering state. A run killed between batches leaves every committed article in place; the next
/// run replays the articles after the last saved state from their stored analyses (no re-analysis),
/// which rebuilds exactly the state the killed run had, and goes on — so its stories are those of an
/// uninterrupted run.
public struct StoreIngestor: Sendable {
    /// Where the articles go.
    public var store: any CoverageStore
    /// The per-article analysis.
    public var analyzer: Analyzer
    /// Articles per transaction.
    public var batchSize = 256
    /// Fewest articles between two saved clustering states. The state grows with the stream, so the
    /// gap grows with it too — half the articles stored — keeping the cost per article flat; a
    /// crash replays at most that many stored analyses.
    public var checkpointEvery = 5_000
    /// The clustering state kept between ingests of one process (`watch`); nil: every ingest resumes
    /// from the store and saves the state at its end.
    public var memory: ClusteringMemory?

    /// Creates an ingestor with the default analysis.
    public init(store: any CoverageStore, analyzer: Analyzer = Analyzer()) {
        self.store = store
        self.analyzer = analyzer
    }

    /// The matching key of an article: its own id when the input gave one (JSON Lines), else its URL,
    /// else the file it came from, else its content id.
    public static func ref(_ article: Article) -> String {
        ref(article, contentID: ArticleIdentifier.identifier(for: article.text))
    }

    /// `ref(_:)` given the article's content id (the hash of its normalized text).
    static func ref(_ article: Article, contentID: String) -> String {
        if article.id != contentID { return "id:" + article.id }
        if let url = article.url, !url.isEmpty { return "url:" + url }
        if let origin = article.origin, origin != "-", !origin.isEmpty { return "file:" + origin }
        return "id:" + article.id
    }

    /// Ingests `articles`; `progress` is called after each batch.
    public func ingest(_ articles: [Article], progress: (IngestProgress) -> Void = { _ in }) throws(StoreError) -> IngestSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        var summary = IngestSummary()
        let (fresh, changed, unchanged) = try classify(articles)
        summary.read = fresh.count + changed.count + unchanged
        summary.unchanged = unchanged

        let storedLast = try store.lastSeq()
        var (clusterer, checkpointSeq, replayed): (StoryClusterer, Int, Int)
        if let kept = memory?.take(lastSeq: storedLast) {
            (clusterer, checkpointSeq, replayed) = (kept.clusterer, kept.checkpointSeq, 0)
        } else {
            (clusterer, checkpointSeq, replayed) = try resume()
        }
        summary.replayed = replayed
        let storiesBefore = clusterer.stories.count
        var nextSeq = storedLast + 1
        var touched = Set<Int>()
        let total = fresh.count + changed.count
        var done = 0

        let ordered = StoryClusterer.streamOrder(fresh.map { $0.article.published?.dayNumber }).map { fresh[$0] }
        let slices = stride(from: 0, to: ordered.count, by: batchSize).map { Array(ordered[$0..<min(ordered.count, $0 + batchSize)]) }
        // Batch k + 1 is analyzed on the worker threads while this thread clusters and stores batch k.
        var pending = slices.first.map { PendingAnalysis($0.map(\.article), analyzer: analyzer) }
        var mark = elapsed()
        func lap(_ field: WritableKeyPath<IngestSummary.Timings, Double>) {
            let now = elapsed()
            summary.timings[keyPath: field] += now - mark
            mark = now
        }
        for (number, slice) in slices.enumerated() {
            lap(\.other)
            let analyzed = try pending?.wait() ?? []
            lap(\.waiting)
            pending = number + 1 < slices.count ? PendingAnalysis(slices[number + 1].map(\.article), analyzer: analyzer) : nil
            let inputs = zip(slice, analyzed).map { item, result in
                StoryPlacement.Input(
                    article: result.analysis.article, ref: item.ref, contentHash: item.hash, profile: result.profile, analysis: result.bytes,
                    entities: result.entities)
            }
            let placement = StoryPlacement(inputs, clusterer: &clusterer, nextSeq: &nextSeq)
            summary.copies += placement.copies
            summary.boilerplate += placement.boilerplate
            var batch = IngestBatch()
            batch.inserts = placement.inserts
            batch.merges = placement.merges
            for record in batch.inserts { if let story = record.story { touched.insert(story) } }
            lap(\.clustering)
            let last = number + 1 == slices.count
            // Without a memory the state is saved at the end of every ingest (the next one starts from
            // it); with one, only on the schedule (a crash replays at most that many analyses).
            if (last && memory == nil) || nextSeq - 1 - checkpointSeq >= max(checkpointEvery, checkpointSeq / 2) {
                batch.checkpoint = ClusteringCheckpoint(throughSeq: nextSeq - 1, state: try AnalysisCodec.encode(clusterer))
                checkpointSeq = nextSeq - 1
                lap(\.checkpoints)
            }
            try store.write(batch)
            lap(\.storing)
            done += slice.count
            summary.added += slice.count
            progress(IngestProgress(done: done, total: total, storiesTouched: touched.count, seconds: elapsed()))
        }

        for start in stride(from: 0, to: changed.count, by: batchSize) {
            let slice = Array(changed[start..<min(changed.count, start + batchSize)])
            let analyzed = try PendingAnalysis(slice.map(\.article), analyzer: analyzer).wait()
            var batch = IngestBatch()
            for (item, result) in zip(slice, analyzed) {
                batch.updates.append(
                    IngestRecord(
                        seq: item.seq ?? 0, article: result.analysis.article, ref: item.ref, contentHash: item.hash, analysis: result.bytes,
                        analysisFormat: AnalysisCodec.format, entities: result.entities, story: nil, duplicateOf: nil, boilerplate: false))
                if let story = item.story { touched.insert(clusterer.story(of: story)) }
            }
            try store.write(batch)
            done += slice.count
            summary.updated += slice.count
            progress(IngestProgress(done: done, total: total, storiesTouched: touched.count, seconds: elapsed()))
        }

        memory?.keep(clusterer, checkpointSeq: checkpointSeq, lastSeq: nextSeq - 1)
        let final = Set(touched.map { clusterer.story(of: $0) })
        summary.newStories = final.filter { $0 >= storiesBefore }.sorted()
        summary.updatedStories = final.filter { $0 < storiesBefore }.sorted()
        summary.seconds = elapsed()
        return summary
    }

    /// One input article with its key and hash; `seq` and `story` when it is stored already.
    public struct Item: Sendable {
        public var article: Article
        public var ref: String
        public var hash: String
        public var seq: Int?
        public var story: Int?
    }

    /// Splits the input into new articles, changed ones (same key, new text) and the number already
    /// stored unchanged; repeats within the input count once.
    public func classify(_ articles: [Article]) throws(StoreError) -> (fresh: [Item], changed: [Item], unchanged: Int) {
        var seenRefs = Set<String>()
        var seenIDs = Set<String>()
        var items: [Item] = []
        for article in articles {
            let hash = ArticleIdentifier.identifier(for: article.text)
            let ref = Self.ref(article, contentID: hash)
            guard seenRefs.insert(ref).inserted, seenIDs.insert(article.id).inserted else { continue }
            items.append(Item(article: article, ref: ref, hash: hash))
        }
        let known = try store.fingerprints(refs: items.map(\.ref), ids: items.map(\.article.id))
        let byRef = Dictionary(known.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
        let byID = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var fresh: [Item] = []
        var changed: [Item] = []
        var unchanged = 0
        for var item in items {
            if let stored = byRef[item.ref] {
                if stored.contentHash == item.hash {
                    unchanged += 1
                } else {
                    // The stored article keeps its id and place in the stream; its text changes.
                    item.article.id = stored.id
                    item.seq = stored.seq
                    item.story = try store.article(stored.id)?.story
                    changed.append(item)
                }
            } else if byID[item.article.id] != nil {
                unchanged += 1
            } else {
                fresh.append(item)
            }
        }
        return (fresh, changed, unchanged)
    }

    /// The clustering state as the last committed batch left it: the saved state plus the articles
    /// stored after it, replayed in stream order.
    public func resume() throws(StoreError) -> (clusterer: StoryClusterer, checkpointSeq: Int, replayed: Int) {
        var clusterer = StoryClusterer()
        var through = 0
        if let checkpoint = try store.checkpoint() {
            clusterer = try AnalysisCodec.decodeClusterer(checkpoint.state, store: store.location)
            through = checkpoint.throughSeq
        }
        let pending = try store.analyses(after: through)
        for analysis in pending { _ = clusterer.add(StoryProfile(analysis)) }
        return (clusterer, through, pending.count)
    }
}
