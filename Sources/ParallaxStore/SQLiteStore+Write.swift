import Foundation
import GRDB
import ParallaxCore

extension SQLiteStore {
    public func write(_ batch: IngestBatch) throws(StoreError) {
        guard !batch.isEmpty else { return }
        let now = Self.timestamp()
        try guarded {
            try pool.write { db in
                var touched = Set<Int>()
                for merge in batch.merges { try Self.fold(merge.absorbed, into: merge.into, db, now: now, touched: &touched) }
                for record in batch.inserts { try Self.insert(record, db, now: now, touched: &touched) }
                for record in batch.updates { try Self.update(record, db, now: now, touched: &touched) }
                if !touched.isEmpty {
                    let statement = try db.cachedStatement(sql: "UPDATE stories SET version = version + 1, updated = ? WHERE id = ?")
                    for story in touched.sorted() { try statement.execute(arguments: [now, story]) }
                }
                if let checkpoint = batch.checkpoint {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO clustering (id, through_seq, state) VALUES (1, ?, ?)",
                        arguments: [checkpoint.throughSeq, Data(checkpoint.state)])
                }
            }
        }
    }

    /// The current time as ISO 8601 (UTC, seconds).
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// Moves the members of an absorbed story to the story it merged into and adds up their totals.
    static func fold(_ absorbed: Int, into survivor: Int, _ db: Database, now: String, touched: inout Set<Int>) throws {
        guard absorbed != survivor, let gone = try story(absorbed, db), var kept = try story(survivor, db) else { return }
        try db.execute(sql: "UPDATE articles SET story = ? WHERE story = ?", arguments: [survivor, absorbed])
        try db.execute(sql: "UPDATE stories SET merged_into = ? WHERE id = ? OR merged_into = ?", arguments: [survivor, absorbed, absorbed])
        kept.absorb(gone)
        try saveTotals(kept, db, now: now)
        touched.insert(survivor)
    }

    /// Inserts one new article: row, analysis, search entry, and its story's totals.
    static func insert(_ record: IngestRecord, _ db: Database, now: String, touched: inout Set<Int>) throws {
        let article = record.article
        try db.cachedStatement(
            sql: """
                INSERT INTO articles (seq, id, ref, source, url, title, published, dateline, origin, content_hash, text,
                    entities, story, duplicate_of, boilerplate, first_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            record.seq, article.id, record.ref, article.source, article.url, article.title, article.published?.description,
            article.dateline, article.origin, record.contentHash, article.text, record.entities, record.story,
            record.duplicateOf, record.boilerplate, now,
        ])
        try db.cachedStatement(sql: "INSERT INTO analyses (seq, format, document) VALUES (?, ?, ?)")
            .execute(arguments: [record.seq, record.analysisFormat, Data(record.analysis)])
        try db.cachedStatement(sql: "INSERT INTO articles_fts (rowid, title, text, entities) VALUES (?, ?, ?, ?)")
            .execute(arguments: [record.seq, article.title ?? "", article.text, record.entities])
        guard let id = record.story else { return }
        if var totals = try story(id, db) {
            totals.add(article, isCopy: record.duplicateOf != nil)
            try saveTotals(totals, db, now: now)
        } else {
            try db.cachedStatement(
                sql: """
                    INSERT INTO stories (id, title, first, last, articles, independent, sources, version, created, updated)
                    VALUES (?, ?, ?, ?, 1, ?, ?, 0, ?, ?)
                    """
            ).execute(arguments: [
                id, StoryListing.headline(article), article.published?.description, article.published?.description,
                record.duplicateOf == nil ? 1 : 0, StoredStory.encodeSources([article.source]), now, now,
            ])
        }
        touched.insert(id)
    }

    /// Replaces a changed article's text, analysis and search entry; it stays in its story, whose
    /// report is rebuilt.
    static func update(_ record: IngestRecord, _ db: Database, now: String, touched: inout Set<Int>) throws {
        guard let old = try Row.fetchOne(db, sql: "SELECT title, text, entities, story FROM articles WHERE seq = ?", arguments: [record.seq])
        else { return }
        let article = record.article
        try db.execute(
            sql: "INSERT INTO articles_fts (articles_fts, rowid, title, text, entities) VALUES ('delete', ?, ?, ?, ?)",
            arguments: [record.seq, (old["title"] as String?) ?? "", old["text"] as String, old["entities"] as String])
        try db.execute(
            sql: """
                UPDATE articles SET source = ?, url = ?, title = ?, published = ?, dateline = ?, origin = ?, content_hash = ?,
                    text = ?, entities = ?, updated = ? WHERE seq = ?
                """,
            arguments: [
                article.source, article.url, article.title, article.published?.description, article.dateline, article.origin,
                record.contentHash, article.text, record.entities, now, record.seq,
            ])
        try db.execute(
            sql: "UPDATE analyses SET format = ?, document = ? WHERE seq = ?",
            arguments: [record.analysisFormat, Data(record.analysis), record.seq])
        try db.execute(
            sql: "INSERT INTO articles_fts (rowid, title, text, entities) VALUES (?, ?, ?, ?)",
            arguments: [record.seq, article.title ?? "", article.text, record.entities])
        if let story = old["story"] as Int? { touched.insert(story) }
    }

    /// The stored totals of story `id`.
    static func story(_ id: Int, _ db: Database) throws -> StoredStory? {
        try Row.fetchOne(db, sql: "SELECT * FROM stories WHERE id = ?", arguments: [id]).map(storedStory)
    }

    /// Writes a story's totals back.
    static func saveTotals(_ story: StoredStory, _ db: Database, now: String) throws {
        try db.cachedStatement(
            sql: "UPDATE stories SET first = ?, last = ?, articles = ?, independent = ?, sources = ?, updated = ? WHERE id = ?"
        ).execute(arguments: [
            story.first?.description, story.last?.description, story.articles, story.independent, StoredStory.encodeSources(story.sources), now,
            story.id,
        ])
    }

    /// A `stories` row as a value.
    static func storedStory(_ row: Row) -> StoredStory {
        return StoredStory(
            id: row["id"], title: row["title"], first: (row["first"] as String?).flatMap(CalendarDate.init(iso:)),
            last: (row["last"] as String?).flatMap(CalendarDate.init(iso:)), articles: row["articles"], independent: row["independent"],
            sources: StoredStory.decodeSources((row["sources"] as String?) ?? ""),
            version: row["version"])
    }
}
