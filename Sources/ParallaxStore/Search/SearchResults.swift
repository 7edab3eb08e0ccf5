import ParallaxCore

/// The answer to a search, schema `parallax/search@1` (docs/schema.md): the articles found, best
/// first, and the stories they belong to, ranked by their best article.
public struct SearchResults: Sendable, Hashable, Codable {
    /// One article found.
    public struct Hit: Sendable, Hashable, Codable {
        /// Always "article".
        public var kind = "article"
        /// The article id.
        public var id: String
        /// Its story, nil for boilerplate.
        public var story: Int?
        /// The outlet.
        public var source: String
        /// The headline.
        public var title: String?
        /// Publication day.
        public var published: CalendarDate?
        /// The original, when a copy.
        public var duplicateOf: String?
        /// Relevance (higher is better; BM25, title and entity names weighted above the text).
        public var score: Double
        /// The passage around the best match, plain text.
        public var snippet: String
        /// Where the matched words are in `snippet`: [start, length] in Unicode scalars.
        public var highlights: [[Int]]

        /// Creates a hit.
        public init(
            id: String, story: Int?, source: String, title: String?, published: CalendarDate?, duplicateOf: String?, score: Double,
            snippet: String, highlights: [[Int]]
        ) {
            self.id = id
            self.story = story
            self.source = source
            self.title = title
            self.published = published
            self.duplicateOf = duplicateOf
            self.score = score
            self.snippet = snippet
            self.highlights = highlights
        }
    }

    /// One story among the results.
    public struct Story: Sendable, Hashable, Codable {
        /// Always "story".
        public var kind = "story"
        /// The story id.
        public var id: Int
        /// Its title.
        public var title: String
        /// Articles of the story among the results.
        public var hits: Int
        /// The best score of its articles.
        public var score: Double

        /// Creates a story result.
        public init(id: Int, title: String, hits: Int, score: Double) {
            self.id = id
            self.title = title
            self.hits = hits
            self.score = score
        }
    }

    /// The schema name.
    public var schema = "parallax/search@1"
    /// The query as typed.
    public var query: String
    /// The full-text expression it became, in the store's own syntax (SQLite FTS5, or a PostgreSQL
    /// `tsquery`).
    public var expression: String
    /// Articles, best first.
    public var results: [Hit]
    /// Stories of those articles, best first.
    public var stories: [Story]

    /// Creates results.
    public init(query: String, expression: String, results: [Hit], stories: [Story]) {
        self.query = query
        self.expression = expression
        self.results = results
        self.stories = stories
    }

    /// Results for `hits` (best first) with their stories, each ranked by its best article; a story's
    /// title comes from `storyTitles`.
    public init(query: String, expression: String, hits: [Hit], storyTitles: [Int: String]) {
        var stories: [Int: Story] = [:]
        for hit in hits {
            guard let story = hit.story else { continue }
            var entry = stories[story] ?? Story(id: story, title: storyTitles[story] ?? "", hits: 0, score: hit.score)
            entry.hits += 1
            entry.score = max(entry.score, hit.score)
            stories[story] = entry
        }
        let ranked = stories.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        self.init(query: query, expression: expression, results: hits, stories: ranked)
    }
}
