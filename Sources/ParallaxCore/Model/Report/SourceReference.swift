/// A piece of one article's text that a report item rests on: article, outlet and character span.
public struct SourceReference: Sendable, Hashable, Codable {
    /// Article id.
    public var article: String
    /// Outlet of that article.
    public var source: String
    /// The text at the span.
    public var text: String
    /// Start, in Unicode scalars, within the article's text.
    public var start: Int
    /// End, in Unicode scalars, within the article's text.
    public var end: Int

    /// Creates a reference.
    public init(article: String, source: String, text: String, span: TextSpan) {
        self.article = article
        self.source = source
        self.text = text
        self.start = span.start
        self.end = span.end
    }
}
