/// A half-open range of Unicode-scalar offsets into an article's `text`.
///
/// Scalar offsets are what Python, brat and spaCy call character offsets, so every span Parallax
/// emits can be checked against other tools without conversion.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    /// Offset of the first scalar of the span.
    public var start: Int
    /// Offset one past the last scalar of the span.
    public var end: Int

    /// Creates a span; `end` is clamped so that it is never before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Number of scalars covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
