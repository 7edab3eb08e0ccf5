/// Tells an input's format from its first bytes, for inputs whose name says nothing (standard input,
/// a file without a known extension).
///
/// - A JSON object first (`{` then `"` or `}`, after a byte-order mark and white space) is JSON Lines:
///   a truncated or broken record still goes to ``JSONLinesReader``, which names the bad line, rather
///   than becoming an article of JSON text.
/// - Markup whose first element is `<rss>` or `<feed>` is a feed (``FeedSniffer``).
/// - An HTML doctype, or an HTML element first (the elements of the WHATWG MIME-sniffing rule for
///   `text/html`, and the document-level elements a saved page or fragment starts with), is a web page.
/// - Any other document with an `<?xml …?>` declaration goes to the feed reader, which names its root
///   when it is not a feed.
/// - Everything else is plain text.
enum ContentSniffer {
    /// Elements that, first in an input, make it a web page.
    static let htmlElements: Set<String> = [
        "html", "head", "body", "script", "iframe", "h1", "div", "font", "table", "a", "style", "title", "b", "br", "p",
        "meta", "link", "article", "main", "section", "header",
    ]

    /// The format `bytes` look like.
    static func format(of bytes: [UInt8]) -> InputFormat {
        if startsWithJSONObject(bytes) { return .jsonLines }
        guard let markup = MarkupStart(bytes) else { return .plainText }
        if FeedSniffer.looksLikeFeed(bytes) { return .feed }
        if isHTML(markup) { return .html }
        return markup.declaresXML ? .feed : .plainText
    }

    /// Whether the first thing in `bytes`, after an optional UTF-8 byte-order mark and white space, opens
    /// a JSON object: `{`, optional white space, then `"`, `}` or the end of the input.
    static func startsWithJSONObject(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        rest = rest.drop(while: isJSONWhitespace)
        guard rest.first == UInt8(ascii: "{") else { return false }
        rest = rest.dropFirst().drop(while: isJSONWhitespace)
        guard let next = rest.first else { return true }
        return next == UInt8(ascii: "\"") || next == UInt8(ascii: "}")
    }

    /// Whether a markup start is a web page's: an HTML doctype or an HTML element first.
    static func isHTML(_ markup: MarkupStart) -> Bool {
        if let doctype = markup.doctype, doctype.hasPrefix("html") { return true }
        return markup.localElement.map(htmlElements.contains) ?? false
    }

    /// Space, tab, line feed or carriage return: the white space JSON allows between tokens.
    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
