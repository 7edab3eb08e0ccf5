import ParallaxCore

/// The n-th weekday of the document's month named without its month, as requests do: "second
/// sunday", "the third tuesday" (`2017-09-19` in September 2017). With a month after it ("the first
/// friday of july") the phrase is `WeekdayOfMonthRule`'s.
///
/// Used only in `TimeConvention.recognizersText`.
struct OrdinalWeekdayRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let position = tokens.isWord(index, Self.the) ? index + 1 : index
        guard let anchor, let count = OrdinalDayWords.count(at: position, in: tokens),
            let weekday = WeekdayName.weekdayAnyCase(at: position + 1, in: tokens),
            !tokens.isWord(position + 2, in: Self.monthLinks),
            let first = CalendarDate(year: anchor.year, month: anchor.month, day: 1)
        else { return nil }
        let date = first.adding(days: (weekday - first.weekday + 7) % 7 + (count - 1) * 7)
        guard date.month == anchor.month else { return nil }
        let value = TimexFormat.day(date)
        return TimeMatch(tokens: index..<position + 2, type: .date, value: value.value, days: value.days)
    }

    private static let the = WordKey.word("the")
    private static let monthLinks = WordKey.set(["of", "in"])
}
