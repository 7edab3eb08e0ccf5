import ParallaxCore

/// One extracted entity in the terms of a Recognizers-Text spec: inclusive character span, type and
/// resolved value, for comparison with a spec's expected result.
public struct SpecEntity: Sendable, Hashable {
    /// Offset of the first character.
    public var start: Int
    /// Offset of the last character (inclusive, as in the Number and NumberWithUnit specs).
    public var end: Int
    /// The resolved number (nil when the entity has none, such as a bare unit word).
    public var value: Double?
    /// The unit or anchor, in Parallax's terms (ISO 4217 code, unit name, `start`/`end`/`current`).
    public var unit: String?
    /// A range as an interval with open or closed ends.
    public var interval: ValueInterval?

    /// Creates an entity.
    public init(start: Int, end: Int, value: Double?, unit: String? = nil, interval: ValueInterval? = nil) {
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.interval = interval
    }
}
