/// A temporal expression found by a `TimeRule`, before it becomes a `TimeExpression`.
struct TimeMatch: Sendable {
    /// Tokens covered.
    var tokens: Range<Int>
    /// TIMEX3 type.
    var type: TimexType
    /// TIMEX3 value.
    var value: String
    /// Days covered, for expressions resolved to days.
    var days: DayInterval?
    /// Whether the value is anchored to the calendar.
    var resolved = true
    /// Whether a clock time was put on the document date for want of a day of its own (see
    /// `ClockDayLinker`).
    var onDocumentDay = false
    /// For expressions that refer back to a period named earlier ("the quarter", "a year
    /// earlier"): how to resolve them once the recognizer knows what came before.
    var anaphor: PeriodAnaphor?
}
