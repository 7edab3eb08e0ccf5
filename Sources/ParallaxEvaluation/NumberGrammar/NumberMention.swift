import ParallaxCore

/// A number or ordinal found in free text by `NumberExtractor`.
public struct NumberMention: Sendable, Hashable {
    /// Where the number is, in Unicode-scalar offsets.
    public var span: TextSpan
    /// What it is.
    public var kind: NumberMentionKind
    /// Its value (an ordinal's position or offset).
    public var value: Double
    /// Lexemes covered (internal, for the unit readers built on the extractor).
    var lexemes: Range<Int>
    /// Whether letters touch the number's end ("180ml", "29km"): a number with a glued unit.
    var hasGluedWord: Bool

    /// Creates a mention.
    public init(span: TextSpan, kind: NumberMentionKind, value: Double) {
        self.init(span: span, kind: kind, value: value, lexemes: 0..<0, hasGluedWord: false)
    }

    init(span: TextSpan, kind: NumberMentionKind, value: Double, lexemes: Range<Int>, hasGluedWord: Bool) {
        self.span = span
        self.kind = kind
        self.value = value
        self.lexemes = lexemes
        self.hasGluedWord = hasGluedWord
    }
}
