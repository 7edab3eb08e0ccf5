/// Why a page yielded no article.
public enum HTMLExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not a page (NUL or many control bytes).
    case binaryContent
    /// The page has markup but no text that reads like an article.
    case noArticle

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .binaryContent:
            return "binary content, not an HTML page"
        case .noArticle:
            return "no article text found in the page (navigation, scripts and furniture only)"
        }
    }
}
