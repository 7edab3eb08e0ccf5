import ParallaxCore

/// Weeks named by their place in a month or year, or by a day in them, as Recognizers-Text reads
/// them: "the third week of this month", "the last week of july", "first week of 2015", "the third
/// week next year", "the week of november 30th", "week of the 18th", "the week starting on february
/// 4", "w/c feb 4", a week by its ISO number ("week 10"), and a month named by a day in it ("month
/// of september 15th").
///
/// Weeks run Monday to Sunday and are valued as ISO weeks (`2016-W46`). The first week of a month
/// is the one holding its 4th (as ISO counts weeks of a year), the n-th is n − 1 weeks later, and
/// the last is the week before the next month's first; weeks of a year are ISO weeks. A month without
/// a year takes the year `AbsoluteDateRule` would give it.
///
/// Used only in `TimeConvention.recognizersText`.
struct WeekOfRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let anchor else { return nil }
        return ordinalWeek(at: index, in: tokens, anchor: anchor) ?? weekOfDay(at: index, in: tokens, anchor: anchor)
            ?? numberedWeek(at: index, in: tokens, anchor: anchor)
    }

    /// "week 10", "Week 31": that ISO week of the document's year.
    private func numberedWeek(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        guard tokens.isWord(index, Self.week), tokens.kind(index + 1) == .number, tokens.bytes(index + 1).count <= 2,
            let number = Int(value: tokens.bytes(index + 1)), (1...53).contains(number),
            let january4 = CalendarDate(year: anchor.year, month: 1, day: 4)
        else { return nil }
        let week = TimexFormat.week(of: january4.adding(days: 1 - january4.weekday + 7 * (number - 1)))
        guard week.days.first.isoWeek.year == anchor.year || number < 53 else { return nil }
        return TimeMatch(tokens: index..<index + 2, type: .date, value: week.value, days: week.days)
    }

    /// "the third week of this month", "last week of 2015", "the first week next year".
    private func ordinalWeek(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        var position = tokens.isWord(index, Self.the) ? index + 1 : index
        let rank: Int
        if tokens.isWord(position, Self.last) {
            rank = -1
        } else if let count = OrdinalDayWords.count(at: position, in: tokens) {
            rank = count
        } else {
            return nil
        }
        guard tokens.isWord(position + 1, Self.week) else { return nil }
        position += 2
        let linked = tokens.isWord(position, Self.of)
        if linked { position += 1 }
        guard let scope = scope(at: position, in: tokens, anchor: anchor, linked: linked) else { return nil }
        let monday: CalendarDate
        if let month = scope.month {
            let first = Self.firstMonday(year: scope.year, month: month)
            monday = rank > 0 ? first.adding(days: 7 * (rank - 1)) : Self.firstMonday(year: scope.year, month: month + 1).adding(days: -7)
        } else {
            let firstThursday = CalendarDate(year: scope.year, month: 1, day: 4).map { $0.adding(days: 1 - $0.weekday) }
            guard let first = firstThursday else { return nil }
            if rank > 0 {
                monday = first.adding(days: 7 * (rank - 1))
            } else {
                guard let next = CalendarDate(year: scope.year + 1, month: 1, day: 4) else { return nil }
                monday = next.adding(days: 1 - next.weekday - 7)
            }
        }
        let week = TimexFormat.week(of: monday)
        return TimeMatch(tokens: index..<scope.end, type: .date, value: week.value, days: week.days)
    }

    /// What an ordinal week counts in: a month (any case, with an optional year), "this month",
    /// "next year", a year in digits or words. Without "of" only a relative year or month qualifies.
    private func scope(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate, linked: Bool)
        -> (year: Int, month: Int?, end: Int)?
    {
        if let key = tokens.key(index), let shift = Self.shifts[key] {
            if tokens.isWord(index + 1, Self.month) {
                let month = TimexFormat.month(year: anchor.year, month: anchor.month + shift).days.first
                return (month.year, month.month, index + 2)
            }
            if tokens.isWord(index + 1, Self.year) { return (anchor.year + shift, nil, index + 2) }
            return nil
        }
        guard linked else { return nil }
        if let month = MonthName.monthAnyCase(at: index, in: tokens) {
            if let year = Self.calendar.writtenYear(at: index + 1, in: tokens) { return (year, month, index + 2) }
            if let year = SpokenYearRule.spokenYear(at: index + 1, in: tokens) { return (year.value, month, year.end) }
            let year = AbsoluteDateRule().yearByTense(around: index..<index + 1, in: tokens, anchor: anchor) {
                TimexFormat.month(year: $0, month: month).days
            }
            return (year, month, index + 1)
        }
        if let year = Self.calendar.writtenYear(at: index, in: tokens) { return (year, nil, index + 1) }
        if let year = SpokenYearRule.spokenYear(at: index, in: tokens) { return (year.value, nil, year.end) }
        return nil
    }

    /// "the week of november 30th", "week starting on february 4", "w/c feb 4", "month of september 15th".
    private func weekOfDay(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        var position = tokens.isWord(index, Self.the) ? index + 1 : index
        let isMonth: Bool
        if tokens.isWord(position, Self.week) || tokens.isWord(position, Self.month) {
            isMonth = tokens.isWord(position, Self.month)
            position += 1
            if tokens.isWord(position, Self.of) {
                position += 1
            } else if !isMonth, tokens.isWord(position, in: Self.starts) {
                position += tokens.isWord(position + 1, in: Self.startLinks) ? 2 : 1
            } else {
                return nil
            }
        } else if position == index, tokens.isWord(index, Self.w), tokens.isPunctuation(index + 1, 0x2F),
            tokens.isWord(index + 2, Self.c)
        {
            isMonth = false  // "w/c": week commencing.
            position += 3
        } else {
            return nil
        }
        var day: TimeMatch?
        for rule in Self.dayRules {
            guard let found = rule.match(at: position, in: tokens, anchor: anchor), found.type == .date,
                let days = found.days, days.first == days.last
            else { continue }
            if found.tokens.count > (day?.tokens.count ?? 0) { day = found }
        }
        guard let day, let date = day.days?.first else { return nil }
        let period = isMonth ? TimexFormat.month(year: date.year, month: date.month) : TimexFormat.week(of: date)
        return TimeMatch(tokens: index..<day.tokens.upperBound, type: .date, value: period.value, days: period.days)
    }

    /// The Monday of a month's first week, the week holding its 4th (the first with four days in
    /// the month, as ISO counts weeks of a year); `month` may run past 12 into the next year.
    private static func firstMonday(year: Int, month: Int) -> CalendarDate {
        let fourth = TimexFormat.month(year: year, month: month).days.first.adding(days: 3)
        return fourth.adding(days: 1 - fourth.weekday)
    }

    private static let dayRules: [any TimeRule] = [RequestDateRule(), AbsoluteDateRule(), RequestDayRule()]
    private static let calendar = CalendarNumberRules()
    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let last = WordKey.word("last")
    private static let week = WordKey.word("week")
    private static let w = WordKey.word("w")
    private static let c = WordKey.word("c")
    private static let month = WordKey.word("month")
    private static let year = WordKey.word("year")
    private static let starts = WordKey.set(["starting", "commencing", "beginning"])
    private static let startLinks = WordKey.set(["on", "from"])
    private static let shifts: [WordKey: Int] = WordKey.table(["this": 0, "next": 1, "last": -1, "current": 0])
}
