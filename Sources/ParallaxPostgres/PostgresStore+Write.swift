import Foundation
import ParallaxCore
import ParallaxStore
import PostgresNIO

extension PostgresStore {
    public func write(_ batch: IngestBatch) throws(StoreError) {
        try write(batch, consuming: [])
    }

    /// Stores `batch` and deletes the queue entries `consumed` in the same transaction (the workers'
    /// clustering step: an entry leaves the queue exactly when its article is stored).
    func write(_ batch: IngestBatch, consuming consumed: [Int]) throws(StoreError) {
        guard !batch.isEmpty || !consumed.isEmpty else { return }
        let now = Self.timestamp()
        try pool.with { connection in
            try connection.transaction { db in
                var touched = Set<Int>()
                for merge in batch.merges { try Self.fold(merge.absorbed, into: merge.into, db, now: now, touched: &touched) }
                for record in batch.inserts { try Self.insert(record, db, now: now, touched: &touched) }
                for record in batch.updates { try Self.update(record, db, now: now, touched: &touched) }
                if !touched.isEmpty {
                    try db.run("UPDATE stories SET version = version + 1, updated = \(now) WHERE id = ANY(\(touched.sorted()))")
                }
                if let checkpoint = batch.checkpoint {
                    try db.run(
                        """
                        INSERT INTO clustering (id, through_seq, state) VALUES (1, \(checkpoint.throughSeq), \(Data(checkpoint.state)))
                        ON CONFLICT (id) DO UPDATE SET through_seq = excluded.through_seq, state = excluded.state
                        """)
                }
                if !consumed.isEmpty { try db.run("DELETE FROM queue WHERE qid = ANY(\(consumed))") }
            }
        }
    }

    /// Moves the members of an absorbed story to the story it merged into and adds up their totals.
    static func fold(_ absorbed: Int, into survivor: Int, _ db: PostgresConnection, now: String, touched: inout Set<Int>) throws {
        guard absorbed != survivor, let gone = try story(absorbed, db), var kept = try story(survivor, db) else { return }
        try db.run("UPDATE articles SET story = \(survivor) WHERE story = \(absorbed)")
        try db.run("UPDATE stories SET merged_into = \(survivor) WHERE id = \(absorbed) OR merged_into = \(absorbed)")
        kept.absorb(gone)
        try saveTotals(kept, db, now: now)
        touched.insert(survivor)
    }

    /// Inserts one new article: row (its search vector is computed by the database), analysis as JSONB,
    /// and its story's totals.
    static func insert(_ record: IngestRecord, _ db: PostgresConnection, now: String, touched: inout Set<Int>) throws {
        let article = clean(record.article)
        try db.run(
            """
            INSERT INTO articles (seq, id, ref, source, url, title, published, dateline, origin, content_hash, text,
                entities, story, duplicate_of, boilerplate, first_seen)
            VALUES (\(record.seq), \(article.id), \(clean(record.ref)), \(article.source), \(article.url), \(article.title),
                \(article.published?.description), \(article.dateline), \(article.origin), \(record.contentHash), \(article.text),
                \(clean(record.entities)), \(record.story), \(record.duplicateOf.map(clean)), \(record.boilerplate), \(now))
            """)
        let (format, json) = try jsonDocument(record)
        try db.run("INSERT INTO analyses (seq, format, document) VALUES (\(record.seq), \(format), \(json)::jsonb)")
        guard let id = record.story else { return }
        if var totals = try story(id, db) {
            totals.add(article, isCopy: record.duplicateOf != nil)
            try saveTotals(totals, db, now: now)
        } else {
            try db.run(
                """
                INSERT INTO stories (id, title, first, last, articles, independent, sources, version, created, updated)
                VALUES (\(id), \(StoryListing.headline(article)), \(article.published?.description), \(article.published?.description), 1,
                    \(record.duplicateOf == nil ? 1 : 0), \(StoredStory.encodeSources([article.source])), 0, \(now), \(now))
                """)
        }
        touched.insert(id)
    }

    /// Replaces a changed article's text and analysis (the search vector follows); it stays in its story,
    /// whose report is rebuilt.
    static func update(_ record: IngestRecord, _ db: PostgresConnection, now: String, touched: inout Set<Int>) throws {
        let article = clean(record.article)
        let rows = try db.run(
            """
            UPDATE articles SET source = \(article.source), url = \(article.url), title = \(article.title),
                published = \(article.published?.description), dateline = \(article.dateline), origin = \(article.origin),
                content_hash = \(record.contentHash), text = \(article.text), entities = \(clean(record.entities)), updated = \(now)
            WHERE seq = \(record.seq) RETURNING story
            """)
        guard let row = rows.first else { return }
        let (format, json) = try jsonDocument(record)
        try db.run("UPDATE analyses SET format = \(format), document = \(json)::jsonb WHERE seq = \(record.seq)")
        if let story = try row.makeRandomAccess().value("story", as: Int?.self) { touched.insert(story) }
    }

    /// The analysis of `record` as JSON text for a JSONB column, with its format name.
    static func jsonDocument(_ record: IngestRecord) throws -> (String, String) {
        guard let json = AnalysisCodec.json(record.analysis, format: record.analysisFormat) else {
            throw StoreError.damagedRecord(path: "-", what: "analysis of \(record.article.id) (cannot decompress)")
        }
        // JSONB cannot hold the NUL character (\u0000); an analysis never needs it.
        return (AnalysisCodec.jsonFormat, clean(String(decoding: json, as: UTF8.self)).replacingOccurrences(of: "\\u0000", with: " "))
    }

    /// Text as PostgreSQL can store it: no NUL characters (SQLite keeps them, PostgreSQL refuses them).
    static func clean(_ text: String) -> String {
        text.contains("\0") ? text.replacingOccurrences(of: "\0", with: " ") : text
    }

    /// An article with every text field cleaned (`clean(_:)`).
    static func clean(_ article: Article) -> Article {
        var article = article
        article.id = clean(article.id)
        article.source = clean(article.source)
        article.url = article.url.map(clean)
        article.title = article.title.map(clean)
        article.dateline = article.dateline.map(clean)
        article.origin = article.origin.map(clean)
        article.text = clean(article.text)
        return article
    }

    /// The stored totals of story `id`.
    static func story(_ id: Int, _ db: PostgresConnection) throws -> StoredStory? {
        try db.run("SELECT * FROM stories WHERE id = \(id)").first.map { try storedStory($0.makeRandomAccess()) }
    }

    /// Writes a story's totals back.
    static func saveTotals(_ story: StoredStory, _ db: PostgresConnection, now: String) throws {
        try db.run(
            """
            UPDATE stories SET first = \(story.first?.description), last = \(story.last?.description), articles = \(story.articles),
                independent = \(story.independent), sources = \(StoredStory.encodeSources(story.sources)), updated = \(now) WHERE id = \(story.id)
            """)
    }

    /// A `stories` row as a value.
    static func storedStory(_ row: PostgresRandomAccessRow) throws -> StoredStory {
        return StoredStory(
            id: try row.value("id"), title: try row.value("title"),
            first: try row.value("first", as: String?.self).flatMap(CalendarDate.init(iso:)),
            last: try row.value("last", as: String?.self).flatMap(CalendarDate.init(iso:)), articles: try row.value("articles"),
            independent: try row.value("independent"),
            sources: StoredStory.decodeSources(try row.value("sources", as: String.self)),
            version: try row.value("version"))
    }
}
