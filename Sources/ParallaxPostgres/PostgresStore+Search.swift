import ParallaxCore
import ParallaxStore
import PostgresNIO

extension PostgresStore {
    /// Weights of the search vector's parts for `ts_rank` ({D, C, B, A}: text 0.25, entity names 0.5,
    /// title 1 — the SQLite store's BM25 column weights 1 : 2 : 4).
    static let rankWeights = "{0.1, 0.25, 0.5, 1.0}"

    /// Ranked search with PostgreSQL's full text: each word and "quoted phrase" becomes a
    /// `phraseto_tsquery` (so nothing typed is read as query syntax), all required; the snippet is
    /// `ts_headline` over the text, computed only for the articles returned.
    public func search(_ query: SearchQuery) throws(StoreError) -> SearchResults {
        let phrases = SearchExpression.phrases(query.text).map { $0.joined(separator: " ") }
        let entity = query.entity.map { SearchExpression.words(Substring($0)).joined(separator: " ") }
        guard !phrases.isEmpty || entity?.isEmpty == false, entity?.isEmpty != true else { throw StoreError.emptyQuery }
        var binds = PostgresBindings()
        func bind(_ value: String?) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        let parts = phrases.map { "phraseto_tsquery('english', \(bind($0)))" }
        let tsquery = parts.isEmpty ? "NULL::tsquery" : parts.joined(separator: " && ")
        var conditions: [String] = []
        if !parts.isEmpty { conditions.append("a.search @@ q.query") }
        if let entity { conditions.append("to_tsvector('english', a.entities) @@ phraseto_tsquery('english', \(bind(entity)))") }
        if let source = query.source { conditions.append("lower(a.source) = lower(\(bind(source)))") }
        if let since = query.since { conditions.append("a.published >= \(bind(since.description))") }
        if let until = query.until { conditions.append("a.published <= \(bind(until.description))") }
        let options = "StartSel=\(SearchExpression.markStart), StopSel=\(SearchExpression.markEnd), MaxWords=35, MinWords=15, MaxFragments=1, FragmentDelimiter=…"
        let sql = """
            WITH q AS (SELECT \(tsquery) AS query),
            hits AS (
                SELECT a.seq, coalesce(ts_rank('\(Self.rankWeights)', a.search, q.query), 0)::float8 AS rank
                FROM articles a CROSS JOIN q WHERE \(conditions.joined(separator: " AND "))
                ORDER BY rank DESC, a.seq LIMIT \(bind(String(max(1, query.limit))))::int8
            )
            SELECT a.id, a.story, a.source, a.title, a.published, a.duplicate_of, s.title AS story_title, hits.rank,
                CASE WHEN q.query IS NULL THEN left(a.text, 200)
                    ELSE ts_headline('english', left(a.text, 200000), q.query, \(bind(options))) END AS passage,
                coalesce(q.query::text, '') AS expression
            FROM hits JOIN articles a ON a.seq = hits.seq CROSS JOIN q LEFT JOIN stories s ON s.id = a.story
            ORDER BY hits.rank DESC, a.seq
            """
        let statement = PostgresQuery(unsafeSQL: sql, binds: binds)
        return try pool.with { db in
            var hits: [SearchResults.Hit] = []
            var titles: [Int: String] = [:]
            var expression = phrases.map { "'\($0)'" }.joined(separator: " & ")
            for row in try db.run(statement) {
                let row = row.makeRandomAccess()
                let (snippet, highlights) = SearchExpression.highlights(in: try row.value("passage", as: String?.self) ?? "")
                let story = try row.value("story", as: Int?.self)
                hits.append(
                    SearchResults.Hit(
                        id: try row.value("id"), story: story, source: try row.value("source"), title: try row.value("title"),
                        published: try row.value("published", as: String?.self).flatMap(CalendarDate.init(iso:)),
                        duplicateOf: try row.value("duplicate_of"), score: try row.value("rank"), snippet: snippet, highlights: highlights))
                if let story { titles[story] = try row.value("story_title", as: String?.self) ?? "" }
                expression = try row.value("expression")
            }
            return SearchResults(query: query.text, expression: expression, hits: hits, storyTitles: titles)
        }
    }
}
