/// One item (RSS) or entry (Atom) of a feed, as written: text fields are the feed's own strings,
/// HTML still in them.
public struct FeedItem: Sendable, Hashable {
    /// How a text field's markup is to be read.
    public enum TextType: String, Sendable, Hashable {
        /// HTML (RSS `description` and `content:encoded`, Atom `type="html"` or `"xhtml"`).
        case html
        /// Plain text (Atom `type="text"`, the default for Atom).
        case text
    }

    /// The headline.
    public var title: String?
    /// The item's address (RSS `link`, or a permalink `guid`; Atom `link rel="alternate"`).
    public var link: String?
    /// The publication date (RSS `pubDate`, `dc:date`; Atom `published`, else `updated`).
    public var published: FeedDate?
    /// The summary (RSS `description`, Atom `summary`).
    public var summary: String?
    /// How ``summary`` is marked up.
    public var summaryType: TextType = .html
    /// The full content (`content:encoded`, Atom `content`).
    public var content: String?
    /// How ``content`` is marked up.
    public var contentType: TextType = .html
    /// The 1-based line of the feed where the item starts.
    public var line: Int

    /// Creates an item starting at `line`.
    public init(line: Int) {
        self.line = line
    }
}
