/// Turns a month and day, with or without a year, into a DATE match: a written year gives the
/// day; otherwise the year that puts the day nearest the document date (as `AbsoluteDateRule`
/// weighs it), and without a document date `XXXX-MM-DD`, unresolved.
package enum MonthDayResolver {
    /// The match for `month`/`day` (and `year` when written) covering `range`; nil for an impossible day.
    package static func match(
        month: Int, day: Int, year: Int?, tokens range: Range<Int>, in tokens: KeyedTokens, anchor: CalendarDate?
    ) -> TimeMatch? {
        guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: 2024)).contains(day) else {
            return nil
        }
        if let year {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            let value = TimexFormat.day(date)
            return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
        }
        guard let anchor else {
            let value = "XXXX-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
            return TimeMatch(tokens: range, type: .date, value: value, resolved: false)
        }
        let chosen = AbsoluteDateRule().yearByTense(around: range, in: tokens, anchor: anchor) { year in
            CalendarDate(year: year, month: month, day: day).map { DayInterval(day: $0) }
        }
        guard let date = CalendarDate(year: chosen, month: month, day: day) else { return nil }
        let value = TimexFormat.day(date)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }
}
