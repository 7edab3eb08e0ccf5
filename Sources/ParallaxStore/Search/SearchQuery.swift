import ParallaxCore

/// A search over the stored articles: words and "quoted phrases" (all must occur, in title, text or
/// entity names), narrowed by entity, outlet and publication days.
public struct SearchQuery: Sendable, Hashable {
    /// What the user typed.
    public var text: String
    /// Only articles naming this entity (a name or part of one).
    public var entity: String?
    /// Only articles of this outlet (case-insensitive).
    public var source: String?
    /// Only articles published on or after this day.
    public var since: CalendarDate?
    /// Only articles published on or before this day.
    public var until: CalendarDate?
    /// At most this many articles.
    public var limit: Int

    /// Creates a query.
    public init(
        text: String, entity: String? = nil, source: String? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil,
        limit: Int = 20
    ) {
        self.text = text
        self.entity = entity
        self.source = source
        self.since = since
        self.until = until
        self.limit = limit
    }
}
