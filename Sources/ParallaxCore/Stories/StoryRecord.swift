/// One story of the stream as clustering keeps it: the sums of its articles' vectors, the days its
/// events happened, its date span and outlets.
public struct StoryRecord: Sendable, Hashable, Codable {
    /// The story's id: the arrival number of its first article's story, stable for the stream.
    public var id: Int
    /// Original articles (copies not counted).
    public var size: Int
    /// Copies of its articles (syndicated or duplicate pages).
    public var copies: Int
    /// Sum of the articles' unit term vectors (the heaviest `StoryClusterSettings.centroidTerms` kept).
    public var terms: StoryVector
    /// Sum of the articles' unit name vectors.
    public var names: StoryVector
    /// Sum of the articles' unit place vectors.
    public var places: StoryVector
    /// Days the articles' events happened, ascending.
    public var eventDays: [Int]
    /// Years the articles' dated expressions name, ascending.
    public var years: [Int]
    /// Weekdays the articles' events happened on (`StoryProfile.weekdays`), ascending; nil in a
    /// story saved before weekdays were kept.
    public var weekdays: [Int]?
    /// Counts, ages and amounts the articles give (`StoryProfile.figures`), sorted.
    public var figures: [String]
    /// Term vectors of the latest articles (`recentMembers` at most, each cut to its heaviest terms),
    /// so an article close to one member but not to the whole story is still recognized.
    public var recent: [StoryVector]
    /// Boilerplate pages placed in the story by their headline (not counted in `size`).
    public var boilerplate: Int
    /// First and last publication day, when any article is dated.
    public var firstDay: Int?
    /// Last publication day.
    public var lastDay: Int?
    /// Arrival number of the last article that joined.
    public var lastArrival: Int
    /// The first article's headline.
    public var headline: String?
    /// The first article's id.
    public var firstArticle: String
    /// Outlets of its articles, sorted.
    public var sources: [String]
    /// The story this one was merged into, when a later article bridged the two.
    public var mergedInto: Int?
    /// Whether the story went quiet for longer than the window and takes no more articles.
    public var closed: Bool

    /// Creates a story with one article.
    init(id: Int, article: StoryProfile, vectors: StoryArticleVectors, arrival: Int) {
        self.id = id
        self.size = 1
        self.copies = 0
        self.terms = vectors.terms
        self.names = vectors.names
        self.places = vectors.places
        self.eventDays = article.eventDays
        self.years = article.years
        self.weekdays = article.weekdays
        self.figures = article.figures
        self.recent = [vectors.terms.adding(StoryVector(), keeping: Self.memberTerms)]
        self.boilerplate = 0
        self.firstDay = article.day
        self.lastDay = article.day
        self.lastArrival = arrival
        self.headline = article.title
        self.firstArticle = article.article
        self.sources = [article.source]
        self.mergedInto = nil
        self.closed = false
    }

    /// Adds an article's vectors, days and outlet: absorbs the one-article story it would open.
    mutating func add(_ article: StoryProfile, vectors: StoryArticleVectors, arrival: Int, centroidTerms: Int) {
        absorb(StoryRecord(id: id, article: article, vectors: vectors, arrival: arrival), centroidTerms: centroidTerms)
    }

    /// Drops what only scoring needs (the vectors and recent members) once the story is closed, so
    /// that memory follows the open stories, not the whole stream.
    mutating func close() {
        closed = true
        terms = StoryVector()
        names = StoryVector()
        places = StoryVector()
        figures = []
        recent = []
    }

    /// Records a boilerplate page placed in the story by its headline.
    mutating func addBoilerplate(_ article: StoryProfile, arrival: Int) {
        boilerplate += 1
        lastArrival = max(lastArrival, arrival)
    }

    /// Records a copy of one of its articles.
    mutating func addCopy(_ article: StoryProfile, arrival: Int) {
        copies += 1
        note(day: article.day, source: article.source, arrival: arrival)
    }

    /// Takes in `other`'s articles (a merge).
    mutating func absorb(_ other: StoryRecord, centroidTerms: Int) {
        size += other.size
        copies += other.copies
        terms = terms.adding(other.terms, keeping: centroidTerms)
        names = names.adding(other.names, keeping: centroidTerms)
        places = places.adding(other.places, keeping: centroidTerms)
        eventDays = Self.union(eventDays, other.eventDays)
        years = Self.union(years, other.years)
        weekdays = Self.union(weekdays ?? [], other.weekdays ?? [])
        figures = Self.union(figures, other.figures)
        recent = Array((recent + other.recent).suffix(Self.recentMembers))
        boilerplate += other.boilerplate
        firstDay = [firstDay, other.firstDay].compactMap { $0 }.min()
        lastDay = [lastDay, other.lastDay].compactMap { $0 }.max()
        lastArrival = max(lastArrival, other.lastArrival)
        sources = Self.union(sources, other.sources)
    }

    private mutating func note(day: Int?, source: String, arrival: Int) {
        if let day {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
        lastArrival = max(lastArrival, arrival)
        sources = Self.union(sources, [source])
    }

    /// Latest articles whose term vectors a story keeps.
    static let recentMembers = 4
    /// Heaviest terms kept of each of those vectors.
    static let memberTerms = 60

    /// The sorted union of two sorted arrays.
    static func union<T: Comparable & Hashable>(_ a: [T], _ b: [T]) -> [T] {
        guard !b.isEmpty else { return a }
        return Array(Set(a).union(b)).sorted()
    }
}
