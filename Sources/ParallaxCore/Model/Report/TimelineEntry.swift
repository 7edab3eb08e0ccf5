/// A normalized date on the story's timeline, with the expressions that name it.
public struct TimelineEntry: Sendable, Hashable, Codable {
    /// TIMEX3 value (`2025-01-17`, `2025-W03`, `2023`).
    public var value: String
    /// First day covered.
    public var first: CalendarDate
    /// Last day covered.
    public var last: CalendarDate
    /// The expressions, with their articles and spans.
    public var mentions: [SourceReference]

    /// Creates a timeline entry.
    public init(value: String, first: CalendarDate, last: CalendarDate, mentions: [SourceReference]) {
        self.value = value
        self.first = first
        self.last = last
        self.mentions = mentions
    }
}
