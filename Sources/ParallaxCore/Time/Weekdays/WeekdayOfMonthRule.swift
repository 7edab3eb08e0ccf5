/// A day picked by its weekday within a month: a weekday with its day of the month ("Friday the
/// 13th", "thursday the twenty first") and the nth weekday of a month ("the first Friday of
/// July", "the second Monday of next month", "the third wednesday in this month").
///
/// "Friday the 13th" is the nearest day to the document date that is the 13th and a Friday
/// (the earlier one on a tie); "the first Friday of July" takes July's year as `AbsoluteDateRule`
/// does. Values are days (`2017-09-22`). Without a document date the first is `XXXX-XX-13` and
/// the second `XXXX-07-XX`, unresolved.
struct WeekdayOfMonthRule: TimeRule {
    private let calendar = CalendarNumberRules()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let match = nthWeekday(at: index, in: tokens, anchor: anchor) { return match }
        return weekdayAndDay(at: index, in: tokens, anchor: anchor)
    }

    /// "Friday the 22nd", "friday the twenty second", "Friday the fifteen".
    private func weekdayAndDay(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let weekday = WeekdayName.weekdayAnyCase(at: index, in: tokens), tokens.isWord(index + 1, Self.the)
        else { return nil }
        let dayIndex = index + 2
        let day: (value: Int, end: Int)
        if let digits = calendar.dayOfMonth(at: dayIndex, in: tokens) {
            day = (digits, dayIndex + 1)
        } else if let words = OrdinalDayWords.day(at: dayIndex, in: tokens, allowCardinal: true) {
            day = words
        } else {
            return nil
        }
        let range = index..<day.end
        guard let anchor else {
            return TimeMatch(tokens: range, type: .date, value: "XXXX-XX-" + CalendarDate.pad(day.value, 2), resolved: false)
        }
        var best: CalendarDate?
        for offset in -24...24 {
            let months = anchor.year * 12 + anchor.month - 1 + offset
            guard let date = CalendarDate(year: months / 12, month: months % 12 + 1, day: day.value),
                date.weekday == weekday
            else { continue }
            if let current = best {
                let distance = abs(date.dayNumber - anchor.dayNumber)
                let bestDistance = abs(current.dayNumber - anchor.dayNumber)
                if distance < bestDistance { best = date }
            } else {
                best = date
            }
        }
        guard let best else { return nil }
        let value = TimexFormat.day(best)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// "the first Friday of July", "second monday of next month", "the third Wednesday in this month".
    private func nthWeekday(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let ordinalIndex = tokens.isWord(index, Self.the) ? index + 1 : index
        guard let count = OrdinalDayWords.count(at: ordinalIndex, in: tokens),
            let weekday = WeekdayName.weekdayAnyCase(at: ordinalIndex + 1, in: tokens),
            tokens.isWord(ordinalIndex + 2, in: Self.ofWords)
        else { return nil }
        let monthIndex = ordinalIndex + 3
        var year: Int?
        let month: Int
        let end: Int
        if let key = tokens.key(monthIndex), let shift = Self.shifts[key], tokens.isWord(monthIndex + 1, Self.monthWord) {
            end = monthIndex + 2
            guard let anchor else {
                return TimeMatch(tokens: index..<end, type: .date, value: "XXXX-XX-XX", resolved: false)
            }
            let months = anchor.year * 12 + anchor.month - 1 + shift
            (year, month) = (months / 12, months % 12 + 1)
        } else if let named = MonthName.monthAnyCase(at: monthIndex, in: tokens) {
            month = named
            end = monthIndex + 1
            if let anchor {
                year = AbsoluteDateRule().yearByTense(around: index..<end, in: tokens, anchor: anchor) {
                    TimexFormat.month(year: $0, month: named).days
                }
            }
        } else {
            return nil
        }
        let range = index..<end
        guard let year, let first = CalendarDate(year: year, month: month, day: 1) else {
            return TimeMatch(tokens: range, type: .date, value: "XXXX-" + CalendarDate.pad(month, 2) + "-XX", resolved: false)
        }
        let offset = (weekday - first.weekday + 7) % 7 + (count - 1) * 7
        let date = CalendarDate(dayNumber: first.dayNumber + offset)
        guard date.month == month else { return nil }
        let value = TimexFormat.day(date)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    private static let the = WordKey.word("the")
    private static let monthWord = WordKey.word("month")
    private static let ofWords = WordKey.set(["of", "in"])
    private static let shifts: [WordKey: Int] = WordKey.table(["this": 0, "next": 1, "last": -1, "previous": -1])
}
