import GRDB
import ParallaxCore

extension SQLiteStore {
    /// Marks FTS5's snippet function puts around each matched word (control characters never kept in
    /// stored text, stripped again when the highlights are read off).
    static let markStart = SearchExpression.markStart
    static let markEnd = SearchExpression.markEnd

    /// The snippet comes from the text (the title is shown beside it anyway; the entity names are a
    /// list, not a passage): where only the title or the names matched, it is the text's start.
    public func search(_ query: SearchQuery) throws(StoreError) -> SearchResults {
        guard let expression = SearchExpression.fts5(query.text, entity: query.entity) else { throw StoreError.emptyQuery }
        var sql = """
            SELECT a.id, a.story, a.source, a.title, a.published, a.duplicate_of, s.title AS story_title,
                snippet(articles_fts, 1, '\(Self.markStart)', '\(Self.markEnd)', '…', 24) AS passage,
                bm25(articles_fts, 4.0, 1.0, 2.0) AS rank
            FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid LEFT JOIN stories s ON s.id = a.story
            WHERE articles_fts MATCH ?
            """
        var arguments: StatementArguments = [expression]
        if let source = query.source {
            sql += " AND a.source = ? COLLATE NOCASE"
            arguments += [source]
        }
        if let since = query.since {
            sql += " AND a.published >= ?"
            arguments += [since.description]
        }
        if let until = query.until {
            sql += " AND a.published <= ?"
            arguments += [until.description]
        }
        sql += " ORDER BY rank LIMIT ?"
        arguments += [max(1, query.limit)]
        // An article's story is always the surviving one (merges move members), so its title is a join away.
        let rows = try guarded { try pool.read { db in try Row.fetchAll(db, sql: sql, arguments: arguments) } }
        var hits: [SearchResults.Hit] = []
        var titles: [Int: String] = [:]
        for row in rows {
            let (snippet, highlights) = SearchExpression.highlights(in: (row["passage"] as String?) ?? "")
            // bm25 is lower for better matches; the API gives higher-is-better.
            let score = -((row["rank"] as Double?) ?? 0)
            let story = row["story"] as Int?
            hits.append(
                SearchResults.Hit(
                    id: row["id"], story: story, source: row["source"], title: row["title"],
                    published: (row["published"] as String?).flatMap(CalendarDate.init(iso:)), duplicateOf: row["duplicate_of"],
                    score: score, snippet: snippet, highlights: highlights))
            if let story { titles[story] = (row["story_title"] as String?) ?? "" }
        }
        return SearchResults(query: query.text, expression: expression, hits: hits, storyTitles: titles)
    }
}
