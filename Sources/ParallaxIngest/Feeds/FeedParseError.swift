/// Why a feed could not be read, or could be read only in part.
public enum FeedParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not text (NUL or many control bytes).
    case binaryContent
    /// Well-formed or not, the document's root is not `<rss>` or `<feed>`.
    case notAFeed(root: String?)
    /// The XML is broken at the given line.
    case malformed(line: Int, reason: String)
    /// The input ends before the feed is closed, at the given line.
    case truncated(line: Int)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .binaryContent:
            return "binary content, not an RSS or Atom feed"
        case .notAFeed(let root):
            return "not an RSS 2.0 or Atom feed" + (root.map { " (root element <\($0)>)" } ?? " (no root element)")
        case .malformed(let line, let reason):
            let oneLine = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "malformed feed XML at line \(line)" + (oneLine.isEmpty ? "" : " (\(oneLine))")
        case .truncated(let line):
            return "feed is truncated (input ends at line \(line) before the feed is closed)"
        }
    }
}
