import ParallaxCore

/// What a number found by `NumberExtractor` is.
public enum NumberMentionKind: String, Sendable, Hashable, Codable {
    /// A whole number ("240", "twenty-three", "2 million").
    case integer
    /// A number with a decimal part ("1,200.5", "five point five").
    case decimal
    /// A fraction or mixed number ("3/4", "two thirds", "one and a half").
    case fraction
    /// A power of ten or exponent ("1e10", "1.1^23").
    case power
    /// An ordinal counted from the start ("third", "21st"); the value is the position.
    case ordinal
    /// An ordinal counted from the end ("last", "penultimate"); the value is the offset (0, −1, …).
    case ordinalFromEnd
    /// An ordinal counted from the current item ("next", "previous"); the value is the offset.
    case ordinalFromCurrent

    /// Whether the mention is an ordinal of any kind.
    public var isOrdinal: Bool { self == .ordinal || self == .ordinalFromEnd || self == .ordinalFromCurrent }
}
