/// Cuts an article too long to analyze as one document into consecutive parts, so that analysis stays
/// linear in the input with bounded memory.
///
/// Linking stages (coreference, role descriptions, attribution of reported speech) compare mentions
/// with the mentions before them, so their cost grows faster than the text; news articles are far
/// below the limit, a book or a log pasted as one text is not. Parts end at a paragraph break when one
/// lies in the second half of the window, else at a line break, a sentence end or a space, else at a
/// character boundary; they cover the text exactly, in order (joined, they give it back). Each part is
/// an article of its own: id `ID#k`, the same outlet, URL, headline and date; the dateline stays with
/// the first. Names, quotations and coreference are then linked within a part only.
public struct ArticleSegmenter: Sendable {
    /// Most UTF-8 bytes of text in one part.
    public var limit: Int

    /// The default limit: 200,000 bytes, some thirty times a long news article; analysis per byte is
    /// about the same below it (measured in `docs/architecture.md`).
    public static let defaultLimit = 200_000

    /// Creates a segmenter; a limit under 64 bytes is raised to 64.
    public init(limit: Int = ArticleSegmenter.defaultLimit) {
        self.limit = max(64, limit)
    }

    /// The article itself when its text is within the limit, else its parts.
    public func segments(of article: Article) -> [Article] {
        let ranges = cuts(article.text)
        guard ranges.count > 1 else { return [article] }
        return ranges.enumerated().map { offset, range in
            Article(
                id: "\(article.id)#\(offset + 1)", source: article.source, url: article.url, title: article.title,
                published: article.published, dateline: offset == 0 ? article.dateline : nil,
                text: String(article.text[range]), origin: article.origin)
        }
    }

    /// The ranges of `text`'s parts, in order, covering it exactly.
    public func cuts(_ text: String) -> [Range<String.Index>] {
        let bytes = text.utf8
        var ranges: [Range<String.Index>] = []
        var start = bytes.startIndex
        while bytes.distance(from: start, to: bytes.endIndex) > limit {
            let window = bytes.index(start, offsetBy: limit)
            let end = Self.cut(bytes, from: start, window: window)
            ranges.append(start..<end)
            start = end
        }
        ranges.append(start..<bytes.endIndex)
        return ranges
    }

    /// Where a part starting at `start` ends, at most at `window`: after the last paragraph break,
    /// line break, sentence end or space in the window's second half, else at the last character
    /// boundary.
    static func cut(_ bytes: String.UTF8View, from start: String.Index, window: String.Index) -> String.Index {
        let half = bytes.index(start, offsetBy: bytes.distance(from: start, to: window) / 2)
        let newline = UInt8(ascii: "\n")
        let space = UInt8(ascii: " ")
        let sentenceEnds: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
        var lastLine: String.Index?
        var lastSentence: String.Index?
        var lastSpace: String.Index?
        var index = window
        // Walk back from the window's end: the first paragraph break found is the best cut; remember
        // the first line break, sentence end and space on the way.
        while index > half {
            let previous = bytes.index(before: index)
            let byte = bytes[previous]
            if byte == newline {
                if previous > half, bytes[bytes.index(before: previous)] == newline { return index }
                if lastLine == nil { lastLine = index }
            } else if byte == space {
                if lastSpace == nil { lastSpace = index }
                if lastSentence == nil, previous > half, sentenceEnds.contains(bytes[bytes.index(before: previous)]) {
                    lastSentence = index
                }
            }
            index = previous
        }
        if let cut = lastLine ?? lastSentence ?? lastSpace { return cut }
        // No break at all: the last scalar boundary (a byte that is not a UTF-8 continuation byte).
        var end = window
        while end > start, bytes[end] & 0xC0 == 0x80 { end = bytes.index(before: end) }
        return end > start ? end : window
    }
}
