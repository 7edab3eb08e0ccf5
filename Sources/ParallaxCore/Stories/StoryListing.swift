/// The stories of a clustered stream as a user lists them: size, outlets, date span and headline,
/// largest first, with the articles of each.
public struct StoryListing: Sendable, Hashable, Codable {
    /// One story of the listing.
    public struct Entry: Sendable, Hashable, Codable {
        /// The story's id.
        public var story: Int
        /// The first article's headline (or the start of its text when it has none).
        public var headline: String
        /// Articles, copies included.
        public var articles: Int
        /// Independent articles (copies counted once).
        public var independent: Int
        /// Outlets, sorted.
        public var outlets: [String]
        /// First publication day, when any article is dated.
        public var first: CalendarDate?
        /// Last publication day.
        public var last: CalendarDate?
        /// Ids of its articles in stream order.
        public var members: [String]
    }

    /// The schema name, `parallax/stories@1`.
    public var schema = "parallax/stories@1"
    /// Stories, largest first (ties: lower id first).
    public var stories: [Entry]
    /// Boilerplate pages, in no story.
    public var boilerplate: [String]

    /// The listing of `articles` (stream order) given where each went (`stories`: final story id,
    /// nil for boilerplate) and which were copies.
    public init(articles: [Article], stories: [Int?], copies: [Bool]) {
        var entries: [Int: Entry] = [:]
        var boilerplate: [String] = []
        for (index, article) in articles.enumerated() {
            guard index < stories.count, let story = stories[index] else {
                boilerplate.append(article.id)
                continue
            }
            let copy = index < copies.count && copies[index]
            var entry = entries[story] ?? Entry(
                story: story, headline: Self.headline(article), articles: 0, independent: 0, outlets: [], first: nil,
                last: nil, members: [])
            entry.articles += 1
            if !copy { entry.independent += 1 }
            if !entry.outlets.contains(article.source) { entry.outlets = (entry.outlets + [article.source]).sorted() }
            if let day = article.published {
                entry.first = min(entry.first ?? day, day)
                entry.last = max(entry.last ?? day, day)
            }
            entry.members.append(article.id)
            entries[story] = entry
        }
        self.stories = entries.values.sorted { $0.articles != $1.articles ? $0.articles > $1.articles : $0.story < $1.story }
        self.boilerplate = boilerplate
    }

    private static func headline(_ article: Article) -> String {
        if let title = article.title, !title.isEmpty { return title }
        let words = article.text.split(whereSeparator: \.isWhitespace).prefix(12)
        return words.joined(separator: " ") + (words.count == 12 ? "…" : "")
    }
}
