import ParallaxCore

/// A plain-text article split into its header fields, dateline and body.
public struct PlainTextDocument: Sendable, Hashable {
    /// The `title:` header.
    public var title: String?
    /// The `source:` header.
    public var source: String?
    /// The `url:` header.
    public var url: String?
    /// The `date` header.
    public var published: CalendarDate?
    /// The leading dateline, without its separator (`MOSCOW/BEIJING`).
    public var dateline: String?
    /// The text after header and dateline: line endings made `\n`, trailing whitespace trimmed.
    public var body: String
    /// Whether any header line was found.
    public var hasHeader: Bool

    /// Creates a document.
    public init(
        title: String? = nil, source: String? = nil, url: String? = nil, published: CalendarDate? = nil,
        dateline: String? = nil, body: String, hasHeader: Bool = false
    ) {
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.dateline = dateline
        self.body = body
        self.hasHeader = hasHeader
    }
}
