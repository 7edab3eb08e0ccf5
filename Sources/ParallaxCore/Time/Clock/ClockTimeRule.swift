/// Times of day: "3 p.m.", "3pm", "10:30", "10:30 a.m.", "1200 GMT", "noon", "midnight".
///
/// A day written right after the time ("10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov.
/// 9") joins the expression and gives its date; otherwise a clock time is put on the document
/// date (`2025-01-22T15:00`), as TimeML does (or on a day its sentence names, see
/// `ClockDayLinker`), and without one it is `XXXX-XX-XXT15:00`, unresolved. A time zone word after
/// the time ("GMT") joins the span but is not converted.
package struct ClockTimeRule: TimeRule {
    private let calendar = CalendarNumberRules()

    /// Creates the rule.
    package init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var time: CalendarNumberRules.ClockTime
        if let clock = calendar.clockTime(at: index, in: tokens) {
            time = clock
        } else if tokens.isLowercase(index), let key = tokens.key(index), let hour = Self.namedHours[key] {
            time = CalendarNumberRules.ClockTime(hour: hour, minute: 0, tokens: index..<index + 1)
        } else {
            return nil
        }
        if tokens.isWord(time.tokens.upperBound, in: Self.zones) {
            time.tokens = time.tokens.lowerBound..<time.tokens.upperBound + 1
        }
        if let day = day(after: time.tokens.upperBound, in: tokens, anchor: anchor) {
            return TimeMatch(
                tokens: time.tokens.lowerBound..<day.tokens.upperBound, type: .time,
                value: TimexFormat.time(on: day.value, hour: time.hour, minute: time.minute), days: day.days,
                resolved: day.resolved)
        }
        guard let anchor else {
            return TimeMatch(
                tokens: time.tokens, type: .time,
                value: TimexFormat.time(on: "XXXX-XX-XX", hour: time.hour, minute: time.minute),
                resolved: false)
        }
        let day = TimexFormat.day(anchor)
        return TimeMatch(
            tokens: time.tokens, type: .time,
            value: TimexFormat.time(on: day.value, hour: time.hour, minute: time.minute),
            days: day.days, onDocumentDay: true)
    }

    /// A day named right after the time ("10 p.m. Wednesday", "5 p.m. EST, Nov. 9").
    private func day(after index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let start = tokens.isPunctuation(index, 0x2C) ? index + 1 : index
        for rule in [WeekdayRule(), AbsoluteDateRule()] as [any TimeRule] {
            if let day = rule.match(at: start, in: tokens, anchor: anchor), day.type == .date, day.value.count == 10 {
                return day
            }
        }
        return nil
    }

    private static let namedHours: [WordKey: Int] = WordKey.table(["noon": 12, "midday": 12, "midnight": 0])
    private static let zones = WordKey.set(["gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "msk"])
}
