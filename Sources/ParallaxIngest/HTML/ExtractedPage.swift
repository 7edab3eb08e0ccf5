/// What ``HTMLArticleExtractor`` reads from one page: the article's paragraphs and the page's metadata.
public struct ExtractedPage: Sendable, Hashable {
    /// The article body, one paragraph (or heading, or list item) per element.
    public var paragraphs: [String]
    /// Title, authors, dates and the rest, each with where it came from.
    public var metadata: PageMetadata
    /// The encoding the page was read in.
    public var encoding: String
    /// Bytes that were invalid in that encoding and became U+FFFD.
    public var repairedBytes: Int

    /// The body as one text: paragraphs separated by blank lines.
    public var articleBody: String { paragraphs.joined(separator: "\n\n") }

    /// Creates an extracted page.
    public init(paragraphs: [String], metadata: PageMetadata, encoding: String, repairedBytes: Int) {
        self.paragraphs = paragraphs
        self.metadata = metadata
        self.encoding = encoding
        self.repairedBytes = repairedBytes
    }
}
