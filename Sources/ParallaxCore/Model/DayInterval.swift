/// A closed interval of days, the comparable form of a DATE expression ("last week" → seven days).
public struct DayInterval: Sendable, Hashable, Codable {
    /// First day included.
    public var first: CalendarDate
    /// Last day included.
    public var last: CalendarDate

    /// Creates an interval; the bounds are swapped when given in the wrong order.
    public init(first: CalendarDate, last: CalendarDate) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// A single day.
    public init(day: CalendarDate) { self.init(first: day, last: day) }

    /// Number of days covered.
    public var dayCount: Int { last.dayNumber - first.dayNumber + 1 }

    /// How this interval relates to another.
    public func relation(to other: DayInterval) -> IntervalRelation {
        if first == other.first && last == other.last { return .equal }
        if first <= other.last && other.first <= last { return .overlapping }
        return .disjoint
    }
}
