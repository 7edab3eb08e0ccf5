import ParallaxCore

/// What a page says about its article, each value with its provenance.
public struct PageMetadata: Sendable, Hashable, Codable {
    /// The headline.
    public var title: SourcedValue<String>?
    /// Author names, in page order.
    public var authors: SourcedValue<[String]>?
    /// First publication date.
    public var published: SourcedValue<CalendarDate>?
    /// Last modification date.
    public var modified: SourcedValue<CalendarDate>?
    /// The outlet's name.
    public var siteName: SourcedValue<String>?
    /// The canonical address of the page.
    public var canonicalURL: SourcedValue<String>?
    /// The page language (a BCP 47 tag such as `en-GB`).
    public var language: SourcedValue<String>?
    /// The page's own summary.
    public var description: SourcedValue<String>?

    /// Creates empty metadata.
    public init() {}
}
