import ParallaxCore

/// Days counted forward from the document date in units news rarely counts in: weekdays ("two
/// sundays from now", "two monday later": the second such day after the document date) and
/// business days ("in four business days": the fourth Monday-to-Friday day after it), and periods
/// counted before their qualifier or glued to their count ("the 5 upcoming years", "10 previous
/// weeks", "last 3year").
///
/// Used only in `TimeConvention.recognizersText`.
struct CountedDayRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let anchor else { return nil }
        if let glued = gluedPeriod(at: index, in: tokens, anchor: anchor) { return glued }
        let lead = tokens.isWord(index, Self.in) ? index + 1 : index
        guard let count = BareNumber.read(at: lead, in: tokens), (1...30).contains(count.value) else { return nil }
        let unit = count.tokens.upperBound
        if lead > index, tokens.isWord(unit, Self.business), tokens.isWord(unit + 1, in: Self.days) {
            var day = anchor
            var left = count.value
            while left > 0 {
                day = day.adding(days: 1)
                if day.weekday <= 5 { left -= 1 }
            }
            return dayMatch(day, tokens: index..<unit + 2)
        }
        if lead == index, let period = countedPeriod(count.value, at: unit, in: tokens, anchor: anchor) {
            return TimeMatch(tokens: index..<unit + 2, type: .date, value: period.value, days: period.days)
        }
        guard lead == index, let weekday = weekday(at: unit, in: tokens) else { return nil }
        let end: Int
        if tokens.isWord(unit + 1, Self.from), tokens.isWord(unit + 2, Self.now) {
            end = unit + 3
        } else if tokens.isWord(unit + 1, Self.later) {
            end = unit + 2
        } else {
            return nil
        }
        let first = anchor.adding(days: (weekday - anchor.weekday + 6) % 7 + 1)
        return dayMatch(first.adding(days: 7 * (count.value - 1)), tokens: index..<end)
    }

    /// "5 upcoming years", "2 next days", "10 previous weeks": the count before its qualifier, valued as
    /// "the next 5 years" is (forward periods start the day after the document date, backward ones end on it).
    private func countedPeriod(_ count: Int, at index: Int, in tokens: KeyedTokens, anchor: CalendarDate)
        -> (value: String, days: DayInterval)?
    {
        guard let direction = tokens.key(index).flatMap({ Self.directions[$0] }),
            let letter = tokens.key(index + 1).flatMap({ Self.units[$0] }), tokens.bytes(index + 1).last == 0x73
        else { return nil }  // Plural: "4 to 23 next month" is a range of days.
        return period(count, letter, direction: direction, anchor: anchor)
    }

    /// "last 3year", "next 2weeks": a qualifier and a count glued to its unit.
    private func gluedPeriod(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        guard let direction = tokens.key(index).flatMap({ Self.directions[$0] }), tokens.kind(index + 1) == .alphanumeric
        else { return nil }
        let bytes = tokens.bytes(index + 1)
        guard let split = bytes.firstIndex(where: { $0 < 0x30 || $0 > 0x39 }), let count = Int(value: bytes[..<split]),
            (1...99).contains(count), let letter = WordKey(bytes: bytes[split...]).flatMap({ Self.units[$0] })
        else { return nil }
        let found = period(count, letter, direction: direction, anchor: anchor)
        return TimeMatch(tokens: index..<index + 2, type: .date, value: found.value, days: found.days)
    }

    /// `count` units (`letter`: D, W, M or Y) after the document date (from the next day) or before it (ending on it).
    private func period(_ count: Int, _ letter: Character, direction: Int, anchor: CalendarDate)
        -> (value: String, days: DayInterval)
    {
        let parts: (years: Int, months: Int, days: Int)
        switch letter {
        case "Y": parts = (count, 0, 0)
        case "M": parts = (0, count, 0)
        case "W": parts = (0, 0, 7 * count)
        default: parts = (0, 0, count)
        }
        let first = direction > 0 ? anchor.adding(days: 1) : DurationShiftRule.shift(anchor, by: parts, direction: -1)
        let last = direction > 0 ? DurationShiftRule.shift(first, by: parts, direction: 1) : anchor
        let value = TimexRange(start: first.description, end: last.description, duration: "P\(count)\(letter)")
        return (value.description, DayInterval(first: first, last: last))
    }

    /// The weekday named by "sunday" or "sundays" at `index`.
    private func weekday(at index: Int, in tokens: KeyedTokens) -> Int? {
        if let weekday = WeekdayName.weekdayAnyCase(at: index, in: tokens) { return weekday }
        let bytes = tokens.bytes(index)
        guard bytes.last == 0x73 || bytes.last == 0x53, let key = WordKey(bytes: bytes.dropLast()) else { return nil }
        return WeekdayName.weekday(key: key)
    }

    private func dayMatch(_ day: CalendarDate, tokens range: Range<Int>) -> TimeMatch {
        let value = TimexFormat.day(day)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    private static let `in` = WordKey.word("in")
    private static let business = WordKey.word("business")
    private static let days = WordKey.set(["days", "day"])
    private static let from = WordKey.word("from")
    private static let now = WordKey.word("now")
    private static let later = WordKey.word("later")
    private static let directions: [WordKey: Int] = WordKey.table([
        "upcoming": 1, "next": 1, "coming": 1, "following": 1, "past": -1, "previous": -1, "last": -1,
    ])
    private static let units: [WordKey: Character] = WordKey.table([
        "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y", "years": "Y",
    ])
}
