import Foundation
import ParallaxCore
import ParallaxStore
import PostgresNIO

/// The work queue the `worker`s share: `ingest --queue` appends, workers claim and analyze under a lease,
/// the clustering step stores what is analyzed, in stream order.
extension PostgresStore {
    /// The advisory lock key that serializes enqueuers ("PRLXENQU"), so each enqueue's entries are one
    /// run of consecutive positions.
    static let enqueueLock: Int64 = 0x5052_4C58_454E_5155

    /// Appends the articles that are not stored unchanged (nor queued already) in stream order: new
    /// articles by date, then changed ones. Returns how many were queued and how many were already
    /// stored or queued.
    public func enqueue(_ articles: [Article]) throws(StoreError) -> (queued: Int, skipped: Int) {
        let (fresh, changed, unchanged) = try StoreIngestor(store: self).classify(articles)
        let ordered = StoryClusterer.streamOrder(fresh.map { $0.article.published?.dayNumber }).map { fresh[$0] } + changed
        let encoder = JSONEncoder()
        var rows: [(ref: String, hash: String, json: String)] = []
        for item in ordered {
            let article = Self.clean(item.article)
            guard let json = try? encoder.encode(article) else {
                throw StoreError.damagedRecord(path: location, what: "article \(article.id) (cannot encode)")
            }
            // JSONB holds no NUL character; the text is cleaned above, other fields the same way here.
            rows.append((Self.clean(item.ref), item.hash, String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\\u0000", with: " ")))
        }
        let queued = try pool.with { connection in
            try connection.transaction { db -> Int in
                try db.run("SELECT pg_advisory_xact_lock(\(Self.enqueueLock))")
                var queued = 0
                for start in stride(from: 0, to: rows.count, by: 500) {
                    let chunk = rows[start..<min(rows.count, start + 500)]
                    let inserted = try db.run(
                        """
                        INSERT INTO queue (ref, content_hash, article)
                        SELECT r, h, a::jsonb FROM unnest(\(chunk.map(\.ref)), \(chunk.map(\.hash)), \(chunk.map(\.json))) WITH ORDINALITY AS t(r, h, a, n)
                        ORDER BY n
                        ON CONFLICT (ref, content_hash) DO NOTHING RETURNING qid
                        """)
                    queued += inserted.count
                }
                return queued
            }
        }
        return (queued, unchanged + ordered.count - queued)
    }

    /// Claims up to `limit` waiting articles, the earliest first, for `lease` seconds: entries another
    /// worker holds are skipped (`FOR UPDATE SKIP LOCKED`), entries whose lease ran out are taken again.
    /// Entries claimed `maxAttempts` times are left for the clustering step to give up on.
    public func claim(limit: Int, lease: Double, worker: String, maxAttempts: Int) throws(StoreError) -> [QueueEntry] {
        try pool.with { db in
            try db.run(
                """
                UPDATE queue SET lease_until = now() + make_interval(secs => \(lease)), worker = \(worker), attempts = attempts + 1
                WHERE qid IN (
                    SELECT qid FROM queue
                    WHERE analysis IS NULL AND attempts < \(maxAttempts) AND (lease_until IS NULL OR lease_until < now())
                    ORDER BY qid LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                RETURNING qid, ref, content_hash, article::text AS article, attempts
                """
            ).map { try Self.entry($0.makeRandomAccess(), analyzed: false) }.sorted { $0.qid < $1.qid }
        }
    }

    /// Records the analyses of claimed entries. An entry analyzed already (its lease ran out and another
    /// worker finished first) keeps the first analysis: the write is a no-op, so nothing is done twice.
    public func complete(_ done: [(qid: Int, record: AnalyzedRecord)]) throws(StoreError) {
        guard !done.isEmpty else { return }
        var encoded: [(Int, Data, Data, String)] = []
        for item in done {
            encoded.append((item.qid, Data(item.record.bytes), Data(try AnalysisCodec.encode(item.record.profile)), Self.clean(item.record.entities)))
        }
        try pool.with { connection in
            try connection.transaction { db in
                for (qid, analysis, profile, entities) in encoded {
                    try db.run(
                        """
                        UPDATE queue SET analysis = \(analysis), profile = \(profile), entities = \(entities), lease_until = NULL
                        WHERE qid = \(qid) AND analysis IS NULL
                        """)
                }
            }
        }
    }

    /// The first `limit` entries of the queue in stream order, analyzed or not (the clustering step stores
    /// the analyzed run at the head).
    func head(limit: Int) throws(StoreError) -> [QueueEntry] {
        try pool.with { db in
            try db.run(
                """
                SELECT qid, ref, content_hash, article::text AS article, attempts, analysis, profile, entities,
                    (lease_until IS NULL OR lease_until < now()) AS expired
                FROM queue ORDER BY qid LIMIT \(limit)
                """
            ).map { try Self.entry($0.makeRandomAccess(), analyzed: true) }
        }
    }

    /// How the queue stands.
    public func queueStatus() throws(StoreError) -> QueueStatus {
        try pool.with { db in
            let row = try db.run(
                """
                SELECT count(*) FILTER (WHERE analysis IS NULL)::int8 AS waiting,
                    count(*) FILTER (WHERE analysis IS NULL AND lease_until >= now())::int8 AS leased,
                    count(*) FILTER (WHERE analysis IS NOT NULL)::int8 AS analyzed
                FROM queue
                """
            ).first?.makeRandomAccess()
            return QueueStatus(waiting: try row?.value("waiting") ?? 0, leased: try row?.value("leased") ?? 0, analyzed: try row?.value("analyzed") ?? 0)
        }
    }

    static func entry(_ row: PostgresRandomAccessRow, analyzed: Bool) throws -> QueueEntry {
        let json = try row.value("article", as: String.self)
        let article = try JSONDecoder().decode(Article.self, from: Data(json.utf8))
        return QueueEntry(
            qid: try row.value("qid"), article: article, ref: try row.value("ref"), contentHash: try row.value("content_hash"),
            attempts: try row.value("attempts"),
            analysis: analyzed ? try row.value("analysis", as: Data?.self).map { [UInt8]($0) } : nil,
            profile: analyzed ? try row.value("profile", as: Data?.self).map { [UInt8]($0) } : nil,
            entities: analyzed ? try row.value("entities", as: String?.self) : nil,
            leaseExpired: analyzed ? try row.value("expired", as: Bool.self) : false)
    }
}
