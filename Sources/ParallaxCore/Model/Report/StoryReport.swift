/// The reconciled report of one story: sources, actors, aligned facts, quotes, timeline and summary.
///
/// Serialized as JSON schema `parallax/story-report@1` (see `docs/schema.md`).
public struct StoryReport: Sendable, Hashable, Codable {
    /// The schema name and version of the JSON form.
    public static let schema = "parallax/story-report@1"
    /// The articles, in input order.
    public var articles: [ReportArticle]
    /// Lead sentences drawn from several sources, without repetition.
    public var summary: [SourceReference]
    /// Actors linked across articles, most mentioned first.
    public var actors: [StoryActor]
    /// Facts aligned across articles, multi-source first; single-source facts last.
    public var facts: [Fact]
    /// Quoted statements grouped across articles.
    public var quotes: [QuoteGroup]
    /// Normalized dates in order.
    public var timeline: [TimelineEntry]

    /// Creates a report.
    public init(
        articles: [ReportArticle], summary: [SourceReference], actors: [StoryActor], facts: [Fact],
        quotes: [QuoteGroup], timeline: [TimelineEntry]
    ) {
        self.articles = articles
        self.summary = summary
        self.actors = actors
        self.facts = facts
        self.quotes = quotes
        self.timeline = timeline
    }

    /// Facts that only one independent source gives.
    public var singleSourceFacts: [Fact] { facts.filter { $0.verdict == .singleSource } }

    /// Facts on which sources conflict.
    public var conflicts: [Fact] { facts.filter { $0.verdict == .conflict } }

    private enum CodingKeys: String, CodingKey {
        case schema, articles, summary, actors, facts, quotes, timeline, conflicts, singleSource
    }

    /// Decodes a `parallax/story-report@1` document.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.articles = try container.decode([ReportArticle].self, forKey: .articles)
        self.summary = try container.decode([SourceReference].self, forKey: .summary)
        self.actors = try container.decode([StoryActor].self, forKey: .actors)
        self.facts = try container.decode([Fact].self, forKey: .facts)
        self.quotes = try container.decode([QuoteGroup].self, forKey: .quotes)
        self.timeline = try container.decode([TimelineEntry].self, forKey: .timeline)
    }

    /// Encodes with the `schema` field first and the ids of conflicting and single-source facts.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schema, forKey: .schema)
        try container.encode(articles, forKey: .articles)
        try container.encode(summary, forKey: .summary)
        try container.encode(actors, forKey: .actors)
        try container.encode(facts, forKey: .facts)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(timeline, forKey: .timeline)
        try container.encode(conflicts.map(\.id), forKey: .conflicts)
        try container.encode(singleSourceFacts.map(\.id), forKey: .singleSource)
    }
}
