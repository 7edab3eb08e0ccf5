/// How the text of an input is laid out.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// One article per input: optional header lines, an optional dateline, then the body.
    case plainText
    /// One JSON object per line, each an article (`.jsonl`, `.ndjson`).
    case jsonLines
    /// A saved web page (`.html`, `.htm`): the article is extracted from the markup.
    case html
    /// An RSS 2.0 or Atom feed (`.rss`, `.atom`, `.xml`): one article per item.
    case feed

    /// The format a file name implies: JSON Lines for `.jsonl`/`.ndjson`, HTML for `.html`/`.htm`,
    /// a feed for `.rss`/`.atom`/`.xml` (each optionally `.gz`), else plain text.
    public init(fileName: String) {
        let name = InputName.droppingGzipExtension(fileName).lowercased()
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") {
            self = .jsonLines
        } else if name.hasSuffix(".html") || name.hasSuffix(".htm") {
            self = .html
        } else if name.hasSuffix(".rss") || name.hasSuffix(".atom") || name.hasSuffix(".xml") {
            self = .feed
        } else {
            self = .plainText
        }
    }

    /// The format of an input: the one its file name implies, except that an input whose first
    /// element is `<rss` or `<feed` (after an optional `<?xml …?>` declaration, comments and doctype)
    /// is a feed whatever its name, unless its name says JSON Lines. An input whose name carries no
    /// known extension (standard input has none) is recognized by its content (``ContentSniffer``):
    /// JSON Lines, a feed, a web page or plain text.
    public init(fileName: String, bytes: [UInt8]) {
        guard InputName.namesFormat(fileName) else {
            self = ContentSniffer.format(of: bytes)
            return
        }
        self.init(fileName: fileName)
        if self != .jsonLines, self != .feed, FeedSniffer.looksLikeFeed(bytes) { self = .feed }
    }
}
