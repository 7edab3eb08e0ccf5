import ParallaxCore

/// The token layer stored column by column — the gap before each token, its length, its kind and
/// gap as one letter, its part of speech — about a tenth of the size of one JSON object per token,
/// and as much faster to write and read.
struct TokenColumns: Codable, Sendable, Hashable {
    /// Scalars between the end of the previous token (or the text's start) and this token's start.
    var skips: [Int]
    /// Token lengths in scalars.
    var lengths: [Int]
    /// One letter per token: `a` + kind × 4 + gap.
    var shapes: String
    /// Parts of speech, space-separated, `_` where none.
    var tags: String

    init(_ tokens: [ArticleToken]) {
        var skips: [Int] = []
        var lengths: [Int] = []
        var shapes = String.UnicodeScalarView()
        var tags: [String] = []
        skips.reserveCapacity(tokens.count)
        lengths.reserveCapacity(tokens.count)
        var previousEnd = 0
        for token in tokens {
            skips.append(token.span.start - previousEnd)
            lengths.append(token.span.length)
            previousEnd = token.span.end
            shapes.append(Unicode.Scalar(UInt8(97) &+ token.kind.rawValue &* 4 &+ token.gap.rawValue))
            let tag = token.partOfSpeech ?? "_"
            tags.append(tag.isEmpty || tag.contains(" ") ? "_" : tag)
        }
        self.skips = skips
        self.lengths = lengths
        self.shapes = String(shapes)
        self.tags = tags.joined(separator: " ")
    }

    /// The tokens again; nil when the columns disagree (a damaged record).
    func tokens() -> [ArticleToken]? {
        let shapes = Array(self.shapes.unicodeScalars)
        let tags = self.tags.isEmpty ? [] : self.tags.split(separator: " ", omittingEmptySubsequences: false)
        guard skips.count == lengths.count, shapes.count == skips.count, tags.count == skips.count else { return nil }
        var tokens: [ArticleToken] = []
        tokens.reserveCapacity(skips.count)
        var previousEnd = 0
        for index in skips.indices {
            let code = Int(shapes[index].value) - 97
            guard code >= 0, let kind = TokenKind(rawValue: UInt8(code / 4)), let gap = TokenGap(rawValue: UInt8(code % 4)) else { return nil }
            let start = previousEnd + skips[index]
            let tag = tags[index] == "_" ? nil : String(tags[index])
            tokens.append(ArticleToken(span: TextSpan(start: start, end: start + lengths[index]), kind: kind, gap: gap, partOfSpeech: tag))
            previousEnd = start + lengths[index]
        }
        return tokens
    }
}
