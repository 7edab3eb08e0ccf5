/// The stories of a clustered stream as a user lists them — size, outlets, date span and title, largest
/// first, with the articles of each — in the `parallax/stories@1` shape that `cluster --format json`,
/// `stories --format json` and the API share (docs/schema.md).
public struct StoryListing: Sendable, Hashable, Codable {
    /// One article of a listed story.
    public struct Member: Sendable, Hashable, Codable {
        /// The article id, as `analyze` gives it (a JSON Lines `id` comes back unchanged).
        public var id: String
        /// The outlet.
        public var source: String
        /// The headline, when known.
        public var title: String?
        /// The publication day, when known.
        public var published: CalendarDate?
        /// The earlier article this one copies, when it is a copy.
        public var duplicateOf: String?

        /// Creates a member.
        public init(id: String, source: String, title: String?, published: CalendarDate?, duplicateOf: String?) {
            self.id = id
            self.source = source
            self.title = title
            self.published = published
            self.duplicateOf = duplicateOf
        }
    }

    /// One story of the listing.
    public struct Entry: Sendable, Hashable, Codable {
        /// The story's id.
        public var id: Int
        /// The first article's headline (or the start of its text when it has none).
        public var title: String
        /// First publication day, when any article is dated.
        public var first: CalendarDate?
        /// Last publication day.
        public var last: CalendarDate?
        /// Outlets, sorted.
        public var sources: [String]
        /// Independent articles (copies counted once).
        public var independent: Int
        /// Its articles in stream order, copies included.
        public var articles: [Member]

        /// Creates an entry.
        public init(
            id: Int, title: String, first: CalendarDate?, last: CalendarDate?, sources: [String], independent: Int,
            articles: [Member]
        ) {
            self.id = id
            self.title = title
            self.first = first
            self.last = last
            self.sources = sources
            self.independent = independent
            self.articles = articles
        }
    }

    /// The schema name, `parallax/stories@1`.
    public var schema = "parallax/stories@1"
    /// Stories, largest first (ties: lower id first) unless the maker chose another order.
    public var stories: [Entry]
    /// Boilerplate pages, in no story.
    public var boilerplate: [String]

    /// A listing of ready-made entries, in the order given.
    public init(stories: [Entry], boilerplate: [String] = []) {
        self.stories = stories
        self.boilerplate = boilerplate
    }

    /// The listing of `articles` (stream order) given where each went (`stories`: final story id,
    /// nil for boilerplate) and which earlier article each copies (`duplicateOf`).
    public init(articles: [Article], stories: [Int?], duplicateOf: [String?]) {
        var entries: [Int: Entry] = [:]
        var boilerplate: [String] = []
        for (index, article) in articles.enumerated() {
            guard index < stories.count, let story = stories[index] else {
                boilerplate.append(article.id)
                continue
            }
            let original = index < duplicateOf.count ? duplicateOf[index] : nil
            var entry = entries[story] ?? Entry(
                id: story, title: Self.headline(article), first: nil, last: nil, sources: [], independent: 0, articles: [])
            if original == nil { entry.independent += 1 }
            if !entry.sources.contains(article.source) { entry.sources = (entry.sources + [article.source]).sorted() }
            if let day = article.published {
                entry.first = min(entry.first ?? day, day)
                entry.last = max(entry.last ?? day, day)
            }
            entry.articles.append(
                Member(id: article.id, source: article.source, title: article.title, published: article.published, duplicateOf: original))
            entries[story] = entry
        }
        self.stories = entries.values.sorted {
            $0.articles.count != $1.articles.count ? $0.articles.count > $1.articles.count : $0.id < $1.id
        }
        self.boilerplate = boilerplate
    }

    /// The headline of `article`, or the start of its text when it has none.
    public static func headline(_ article: Article) -> String {
        if let title = article.title, !title.isEmpty { return title }
        let words = article.text.split(whereSeparator: \.isWhitespace).prefix(12)
        return words.joined(separator: " ") + (words.count == 12 ? "…" : "")
    }
}
