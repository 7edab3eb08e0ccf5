/// One outlet's report as read from input, before analysis.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier: a hash of the normalized body text.
    public var id: String
    /// The outlet; defaults to the file name when the input names none.
    public var source: String
    /// Where the report was published, when known.
    public var url: String?
    /// Headline, when known.
    public var title: String?
    /// Publication (creation) date, when known.
    public var published: CalendarDate?
    /// A leading dateline such as `MOSCOW/BEIJING`, kept out of the body.
    public var dateline: String?
    /// The body text every annotation offset points into.
    public var text: String
    /// Where the article was read from (a path, `-` for stdin), for messages.
    public var origin: String?

    /// Creates an article.
    public init(
        id: String, source: String, url: String? = nil, title: String? = nil, published: CalendarDate? = nil,
        dateline: String? = nil, text: String, origin: String? = nil
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.dateline = dateline
        self.text = text
        self.origin = origin
    }
}
