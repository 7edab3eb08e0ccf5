/// A numeric value as an interval `low…high` in a base unit, with open or closed ends.
///
/// "about 90 minutes" and "more than 64%" are intervals, not points; comparing intervals tells
/// whether two reports agree, are compatible, or conflict.
public struct ValueInterval: Sendable, Hashable, Codable {
    /// Lower bound; `-infinity` when unbounded.
    public var low: Double
    /// Upper bound; `+infinity` when unbounded.
    public var high: Double
    /// Whether `low` itself is excluded ("more than 64%").
    public var lowOpen: Bool
    /// Whether `high` itself is excluded ("less than 10").
    public var highOpen: Bool

    /// Creates an interval; the bounds are swapped when given in the wrong order.
    public init(low: Double, high: Double, lowOpen: Bool = false, highOpen: Bool = false) {
        if low <= high {
            (self.low, self.high, self.lowOpen, self.highOpen) = (low, high, lowOpen, highOpen)
        } else {
            (self.low, self.high, self.lowOpen, self.highOpen) = (high, low, highOpen, lowOpen)
        }
    }

    /// A single exact value.
    public init(exactly value: Double) { self.init(low: value, high: value) }

    /// Whether the interval is one point.
    public var isPoint: Bool { low == high && !lowOpen && !highOpen }

    /// How this interval relates to another: equal bounds, overlapping, or disjoint.
    public func relation(to other: ValueInterval) -> IntervalRelation {
        if self == other { return .equal }
        let lowBound = max(low, other.low)
        let highBound = min(high, other.high)
        if lowBound < highBound { return .overlapping }
        if lowBound == highBound {
            let lowExcluded = (low == lowBound && lowOpen) || (other.low == lowBound && other.lowOpen)
            let highExcluded = (high == highBound && highOpen) || (other.high == highBound && other.highOpen)
            return lowExcluded || highExcluded ? .disjoint : .overlapping
        }
        return .disjoint
    }
}
