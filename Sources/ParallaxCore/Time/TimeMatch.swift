/// A temporal expression found by a `TimeRule`, before it becomes a `TimeExpression`.
package struct TimeMatch: Sendable {
    /// Tokens covered.
    package var tokens: Range<Int>
    /// TIMEX3 type.
    package var type: TimexType
    /// TIMEX3 value.
    package var value: String
    /// Days covered, for expressions resolved to days.
    package var days: DayInterval?
    /// Whether the value is anchored to the calendar.
    package var resolved = true
    /// Whether a clock time was put on the document date for want of a day of its own (see
    /// `ClockDayLinker`).
    var onDocumentDay = false
    /// For expressions that refer back to a period named earlier ("the quarter", "a year
    /// earlier"): how to resolve them once the recognizer knows what came before.
    var anaphor: PeriodAnaphor?

    /// Creates a match.
    package init(
        tokens: Range<Int>, type: TimexType, value: String, days: DayInterval? = nil, resolved: Bool = true,
        onDocumentDay: Bool = false, anaphor: PeriodAnaphor? = nil
    ) {
        self.tokens = tokens
        self.type = type
        self.value = value
        self.days = days
        self.resolved = resolved
        self.onDocumentDay = onDocumentDay
        self.anaphor = anaphor
    }
}
