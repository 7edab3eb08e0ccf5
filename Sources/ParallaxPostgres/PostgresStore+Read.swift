import Foundation
import ParallaxCore
import ParallaxStore
import PostgresNIO

extension PostgresStore {
    public func fingerprints(refs: [String], ids: [String]) throws(StoreError) -> [ArticleFingerprint] {
        guard !refs.isEmpty || !ids.isEmpty else { return [] }
        let (refs, ids) = (refs.map(Self.clean), ids.map(Self.clean))
        return try pool.with { db in
            try db.run("SELECT seq, id, ref, content_hash FROM articles WHERE ref = ANY(\(refs)) OR id = ANY(\(ids)) ORDER BY seq").map {
                let row = $0.makeRandomAccess()
                return ArticleFingerprint(
                    seq: try row.value("seq"), id: try row.value("id"), ref: try row.value("ref"), contentHash: try row.value("content_hash"))
            }
        }
    }

    public func lastSeq() throws(StoreError) -> Int {
        try pool.with { db in
            try db.run("SELECT coalesce(max(seq), 0)::int8 AS last FROM articles").first?.makeRandomAccess().value("last", as: Int.self) ?? 0
        }
    }

    public func checkpoint() throws(StoreError) -> ClusteringCheckpoint? {
        try pool.with { db in
            try db.run("SELECT through_seq, state FROM clustering WHERE id = 1").first.map {
                let row = $0.makeRandomAccess()
                return ClusteringCheckpoint(throughSeq: try row.value("through_seq"), state: [UInt8](try row.value("state", as: Data.self)))
            }
        }
    }

    public func analyses(after seq: Int) throws(StoreError) -> [AnalyzedArticle] {
        // Read in pages of 1,000, so that no single statement runs long however far the state lags.
        var analyses: [AnalyzedArticle] = []
        var after = seq
        while true {
            let page = try pool.with { db in
                try db.run("SELECT seq, document::text AS document FROM analyses WHERE seq > \(after) ORDER BY seq LIMIT 1000").map {
                    let row = $0.makeRandomAccess()
                    return (try row.value("seq", as: Int.self), try row.value("document", as: String.self))
                }
            }
            for (_, document) in page { analyses.append(try AnalysisCodec.decodeJSON(Data(document.utf8), store: location)) }
            guard page.count == 1000, let last = page.last?.0 else { return analyses }
            after = last
        }
    }

    public func analyses(of seqs: [Int]) throws(StoreError) -> [AnalyzedArticle] {
        guard !seqs.isEmpty else { return [] }
        let found = try pool.with { db in
            var found: [Int: String] = [:]
            for row in try db.run("SELECT seq, document::text AS document FROM analyses WHERE seq = ANY(\(seqs))") {
                let row = row.makeRandomAccess()
                found[try row.value("seq")] = try row.value("document", as: String.self)
            }
            return found
        }
        var analyses: [AnalyzedArticle] = []
        for seq in seqs {
            guard let document = found[seq] else { continue }
            analyses.append(try AnalysisCodec.decodeJSON(Data(document.utf8), store: location))
        }
        return analyses
    }

    public func stories(since: CalendarDate?, source: String?, limit: Int?, offset: Int) throws(StoreError) -> [StoredStory] {
        try pool.with { db in
            // Outlets are stored one per line; NULL parameters switch a condition off.
            try db.run(
                """
                SELECT * FROM stories WHERE merged_into IS NULL
                    AND (\(since?.description)::text IS NULL OR last >= \(since?.description)::text)
                    AND (\(source)::text IS NULL
                        OR position(lower(E'\\n' || \(source)::text || E'\\n') IN lower(E'\\n' || sources || E'\\n')) > 0)
                ORDER BY last IS NULL, last DESC, id DESC LIMIT \(limit.map { max(0, $0) }) OFFSET \(max(0, offset))
                """
            ).map { try Self.storedStory($0.makeRandomAccess()) }
        }
    }

    public func story(_ id: Int) throws(StoreError) -> StoredStory? {
        try pool.with { db in
            var current = id
            for _ in 0..<64 {
                guard let row = try db.run("SELECT * FROM stories WHERE id = \(current)").first?.makeRandomAccess() else { return nil }
                guard let next = try row.value("merged_into", as: Int?.self) else { return try Self.storedStory(row) }
                current = next
            }
            return nil
        }
    }

    public func listingMembers(of stories: [Int]) throws(StoreError) -> [Int: [StoryListing.Member]] {
        guard !stories.isEmpty else { return [:] }
        return try pool.with { db in
            var result: [Int: [StoryListing.Member]] = [:]
            let rows = try db.run(
                "SELECT story, id, source, title, published, duplicate_of FROM articles WHERE story = ANY(\(stories)) ORDER BY seq")
            for row in rows {
                let row = row.makeRandomAccess()
                result[try row.value("story"), default: []].append(
                    StoryListing.Member(
                        id: try row.value("id"), source: try row.value("source"), title: try row.value("title"),
                        published: try row.value("published", as: String?.self).flatMap(CalendarDate.init(iso:)),
                        duplicateOf: try row.value("duplicate_of")))
            }
            return result
        }
    }

    public func members(of story: Int) throws(StoreError) -> [StoredArticle] {
        try pool.with { db in
            try db.run("SELECT \(unescaped: Self.articleColumns) FROM articles WHERE story = \(story) ORDER BY seq").map {
                try Self.storedArticle($0.makeRandomAccess())
            }
        }
    }

    public func article(_ id: String) throws(StoreError) -> StoredArticle? {
        let id = Self.clean(id)
        return try pool.with { db in
            try db.run("SELECT \(unescaped: Self.articleColumns) FROM articles WHERE id = \(id) OR ref = \(id) ORDER BY id = \(id) DESC LIMIT 1")
                .first.map { try Self.storedArticle($0.makeRandomAccess()) }
        }
    }

    public func cachedReport(story: Int, version: Int) throws(StoreError) -> [UInt8]? {
        try pool.with { db in
            try db.run("SELECT report FROM reports WHERE story = \(story) AND version = \(version)").first.map {
                [UInt8](try $0.makeRandomAccess().value("report", as: Data.self))
            }
        }
    }

    public func saveReport(story: Int, version: Int, report: [UInt8]) throws(StoreError) {
        try pool.with { db in
            try db.run(
                """
                INSERT INTO reports (story, version, report) SELECT \(story), \(version), \(Data(report)) WHERE EXISTS (SELECT 1 FROM stories WHERE id = \(story))
                ON CONFLICT (story) DO UPDATE SET version = excluded.version, report = excluded.report
                """)
        }
    }

    public func counts() throws(StoreError) -> StoreCounts {
        try pool.with { db in
            let row = try db.run(
                """
                SELECT count(*)::int8 AS articles, count(duplicate_of)::int8 AS copies, count(*) FILTER (WHERE boilerplate)::int8 AS boilerplate,
                    (SELECT count(*) FROM stories WHERE merged_into IS NULL)::int8 AS stories
                FROM articles
                """
            ).first?.makeRandomAccess()
            return StoreCounts(
                articles: try row?.value("articles") ?? 0, stories: try row?.value("stories") ?? 0, copies: try row?.value("copies") ?? 0,
                boilerplate: try row?.value("boilerplate") ?? 0)
        }
    }

    /// The `articles` columns a `StoredArticle` needs (not the search vector).
    static let articleColumns =
        "seq, id, ref, source, url, title, published, dateline, origin, content_hash, text, story, duplicate_of, boilerplate, first_seen, updated"

    /// An `articles` row as a value.
    static func storedArticle(_ row: PostgresRandomAccessRow) throws -> StoredArticle {
        let article = Article(
            id: try row.value("id"), source: try row.value("source"), url: try row.value("url"), title: try row.value("title"),
            published: try row.value("published", as: String?.self).flatMap(CalendarDate.init(iso:)), dateline: try row.value("dateline"),
            text: try row.value("text"), origin: try row.value("origin"))
        return StoredArticle(
            seq: try row.value("seq"), article: article, ref: try row.value("ref"), contentHash: try row.value("content_hash"),
            story: try row.value("story"), duplicateOf: try row.value("duplicate_of"), boilerplate: try row.value("boilerplate"),
            firstSeen: try row.value("first_seen"), updated: try row.value("updated"))
    }
}
