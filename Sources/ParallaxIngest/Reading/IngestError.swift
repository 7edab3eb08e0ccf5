/// Why one input could not be read.
///
/// Each case describes itself in one line that tells the user what is wrong and what to do;
/// ``ArticleReader`` turns it into an ``IngestDiagnostic`` that names the file.
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing exists at the path.
    case fileNotFound
    /// The file exists but could not be opened or read.
    case unreadable(reason: String)
    /// A folder could not be listed.
    case folderUnreadable(reason: String)
    /// The input is bigger than the per-file cap.
    case tooLarge(limit: Int)
    /// The bytes look like a binary file (NUL or many control bytes), not text.
    case binaryContent
    /// The input is empty or holds only whitespace.
    case emptyText
    /// The input has header lines but no body after them.
    case noBodyAfterHeader
    /// The input is gzip (by name or signature) but could not be decompressed.
    case invalidGzip(GzipError)
    /// An HTML page yielded no article.
    case noArticle(HTMLExtractionError)
    /// A feed (RSS or Atom) could not be read.
    case invalidFeed(FeedParseError)
    /// A feed holds no items.
    case emptyFeed
    /// One line of a JSON Lines file is not a usable article record.
    case invalidJSONLine(line: Int, reason: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .fileNotFound:
            return "no such file or folder"
        case .unreadable(let reason):
            return "cannot read file (\(reason))"
        case .folderUnreadable(let reason):
            return "cannot list folder (\(reason))"
        case .tooLarge(let limit):
            return "input is larger than the limit of \(ByteCountText.format(limit)); split it into smaller files"
        case .binaryContent:
            return "binary content, not text (NUL or control bytes); give a text, JSON Lines or gzip file"
        case .emptyText:
            return "no article text (the input is empty or only whitespace)"
        case .noBodyAfterHeader:
            return "header lines but no article text after them"
        case .invalidGzip(let error):
            return error.description
        case .noArticle(let error):
            return error.description
        case .invalidFeed(let error):
            return error.description
        case .emptyFeed:
            return "feed has no items"
        case .invalidJSONLine(let line, let reason):
            return "line \(line): \(reason)"
        }
    }
}
