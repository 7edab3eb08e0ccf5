import Foundation
import GRDB
import ParallaxCore

extension SQLiteStore {
    /// The rows of `sql` (holding one `IN (%@)` for the keys) for all `keys`, queried 500 at a time so
    /// no statement exceeds SQLite's parameter limit.
    static func rows(_ db: Database, _ sql: String, in keys: [some DatabaseValueConvertible]) throws -> [Row] {
        var rows: [Row] = []
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start..<min(keys.count, start + 500)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            rows += try Row.fetchAll(db, sql: sql.replacingOccurrences(of: "%@", with: marks), arguments: StatementArguments(chunk))
        }
        return rows
    }

    public func fingerprints(refs: [String], ids: [String]) throws(StoreError) -> [ArticleFingerprint] {
        try guarded {
            try pool.read { db in
                var found: [Int: ArticleFingerprint] = [:]
                for (column, keys) in [("ref", refs), ("id", ids)] {
                    for row in try Self.rows(db, "SELECT seq, id, ref, content_hash FROM articles WHERE \(column) IN (%@)", in: keys) {
                        found[row["seq"]] = ArticleFingerprint(seq: row["seq"], id: row["id"], ref: row["ref"], contentHash: row["content_hash"])
                    }
                }
                return found.keys.sorted().compactMap { found[$0] }
            }
        }
    }

    public func lastSeq() throws(StoreError) -> Int {
        try guarded { try pool.read { db in try Int.fetchOne(db, sql: "SELECT max(seq) FROM articles") ?? 0 } }
    }

    public func checkpoint() throws(StoreError) -> ClusteringCheckpoint? {
        try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT through_seq, state FROM clustering WHERE id = 1").map { row in
                    ClusteringCheckpoint(throughSeq: row["through_seq"], state: [UInt8](row["state"] as Data))
                }
            }
        }
    }

    public func analyses(after seq: Int) throws(StoreError) -> [AnalyzedArticle] {
        let rows = try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT format, document FROM analyses WHERE seq > ? ORDER BY seq", arguments: [seq])
            }
        }
        var documents: [AnalyzedArticle] = []
        for row in rows { documents.append(try AnalysisCodec.decode(row["document"], format: row["format"], store: path)) }
        return documents
    }

    public func analyses(of seqs: [Int]) throws(StoreError) -> [AnalyzedArticle] {
        var rows: [Int: Row] = [:]
        try guarded {
            try pool.read { db in
                for row in try Self.rows(db, "SELECT seq, format, document FROM analyses WHERE seq IN (%@)", in: seqs) {
                    rows[row["seq"]] = row
                }
            }
        }
        var documents: [AnalyzedArticle] = []
        for seq in seqs {
            guard let row = rows[seq] else { continue }
            documents.append(try AnalysisCodec.decode(row["document"], format: row["format"], store: path))
        }
        return documents
    }

    public func stories(since: CalendarDate?, source: String?, limit: Int?, offset: Int) throws(StoreError) -> [StoredStory] {
        try guarded {
            try pool.read { db in
                var sql = "SELECT * FROM stories WHERE merged_into IS NULL"
                var arguments: StatementArguments = []
                if let since {
                    sql += " AND last >= ?"
                    arguments += [since.description]
                }
                if let source {
                    // Outlets are stored one per line.
                    sql += " AND ('\n' || sources || '\n') LIKE ('%\n' || ? || '\n%') ESCAPE '\\'"
                    arguments += [source.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                        .replacingOccurrences(of: "_", with: "\\_")]
                }
                sql += " ORDER BY last IS NULL, last DESC, id DESC LIMIT ? OFFSET ?"
                arguments += [limit ?? -1, max(0, offset)]
                return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.storedStory)
            }
        }
    }

    public func story(_ id: Int) throws(StoreError) -> StoredStory? {
        try guarded {
            try pool.read { db in
                var current = id
                for _ in 0..<64 {
                    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM stories WHERE id = ?", arguments: [current]) else { return nil }
                    guard let next = row["merged_into"] as Int? else { return Self.storedStory(row) }
                    current = next
                }
                return nil
            }
        }
    }

    public func listingMembers(of stories: [Int]) throws(StoreError) -> [Int: [StoryListing.Member]] {
        try guarded {
            try pool.read { db in
                var result: [Int: [StoryListing.Member]] = [:]
                let sql = "SELECT story, id, source, title, published, duplicate_of FROM articles WHERE story IN (%@) ORDER BY seq"
                for row in try Self.rows(db, sql, in: stories) {
                    result[row["story"], default: []].append(
                        StoryListing.Member(
                            id: row["id"], source: row["source"], title: row["title"],
                            published: (row["published"] as String?).flatMap(CalendarDate.init(iso:)), duplicateOf: row["duplicate_of"]))
                }
                return result
            }
        }
    }

    public func members(of story: Int) throws(StoreError) -> [StoredArticle] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM articles WHERE story = ? ORDER BY seq", arguments: [story]).map(Self.storedArticle)
            }
        }
    }

    public func article(_ id: String) throws(StoreError) -> StoredArticle? {
        try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE id = ? OR ref = ? ORDER BY id = ? DESC LIMIT 1", arguments: [id, id, id])
                    .map(Self.storedArticle)
            }
        }
    }

    public func cachedReport(story: Int, version: Int) throws(StoreError) -> [UInt8]? {
        try guarded {
            try pool.read { db in
                try Data.fetchOne(db, sql: "SELECT report FROM reports WHERE story = ? AND version = ?", arguments: [story, version]).map { [UInt8]($0) }
            }
        }
    }

    public func saveReport(story: Int, version: Int, report: [UInt8]) throws(StoreError) {
        try guarded {
            try pool.write { db in
                try db.execute(
                    sql: "INSERT OR REPLACE INTO reports (story, version, report) VALUES (?, ?, ?)", arguments: [story, version, Data(report)])
            }
        }
    }

    public func counts() throws(StoreError) -> StoreCounts {
        try guarded {
            try pool.read { db in
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) AS articles, count(duplicate_of) AS copies, coalesce(sum(boilerplate), 0) AS boilerplate,
                            (SELECT count(*) FROM stories WHERE merged_into IS NULL) AS stories
                        FROM articles
                        """)
                return StoreCounts(
                    articles: row?["articles"] ?? 0, stories: row?["stories"] ?? 0, copies: row?["copies"] ?? 0,
                    boilerplate: row?["boilerplate"] ?? 0)
            }
        }
    }

    /// An `articles` row as a value.
    static func storedArticle(_ row: Row) -> StoredArticle {
        let article = Article(
            id: row["id"], source: row["source"], url: row["url"], title: row["title"],
            published: (row["published"] as String?).flatMap(CalendarDate.init(iso:)), dateline: row["dateline"], text: row["text"],
            origin: row["origin"])
        return StoredArticle(
            seq: row["seq"], article: article, ref: row["ref"], contentHash: row["content_hash"], story: row["story"],
            duplicateOf: row["duplicate_of"], boilerplate: row["boilerplate"], firstSeen: row["first_seen"], updated: row["updated"])
    }
}
