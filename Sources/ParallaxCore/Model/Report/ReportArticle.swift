/// One article of a story as the report lists it.
public struct ReportArticle: Sendable, Hashable, Codable {
    /// Article id.
    public var id: String
    /// Outlet.
    public var source: String
    /// Headline, when known.
    public var title: String?
    /// Publication date used for the analysis.
    public var published: CalendarDate?
    /// Whether `published` was inferred from the other articles of the story rather than read.
    public var publishedInferred: Bool
    /// Dateline, when present.
    public var dateline: String?
    /// URL, when known.
    public var url: String?
    /// The id of the earlier article this one duplicates (syndicated copy), if any.
    public var duplicateOf: String?

    /// Creates a report article.
    public init(
        id: String, source: String, title: String?, published: CalendarDate?, publishedInferred: Bool,
        dateline: String?, url: String?, duplicateOf: String?
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.publishedInferred = publishedInferred
        self.dateline = dateline
        self.url = url
        self.duplicateOf = duplicateOf
    }
}
