/// Periods named from a written day: "the day before last Tuesday's hearing" (the day before it),
/// "the day after Jan. 5", "the week of March 6" (that day's ISO week).
///
/// The written day is whatever `AbsoluteDateRule` or `WeekdayRule` reads right after the phrase,
/// and it must come to one day; the value follows it (unresolved when it is).
struct AnchoredDayRule: TimeRule {
    private let days: [any TimeRule] = [AbsoluteDateRule(), WeekdayRule()]

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.isWord(index, Self.the), let unit = tokens.key(index + 1), let relation = tokens.key(index + 2)
        else { return nil }
        let shift: Int?
        if unit == Self.day, let offset = Self.offsets[relation] {
            shift = offset
        } else if unit == Self.week, relation == Self.of {
            shift = nil
        } else {
            return nil
        }
        let start = index + 3
        guard let written = days.lazy.compactMap({ $0.match(at: start, in: tokens, anchor: anchor) }).first,
            written.tokens.lowerBound == start, let day = written.days, day.first == day.last
        else { return nil }
        let range = index..<written.tokens.upperBound
        let value = shift.map { TimexFormat.day(day.first.adding(days: $0)) } ?? TimexFormat.week(of: day.first)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days, resolved: written.resolved)
    }

    private static let the = WordKey.word("the")
    private static let day = WordKey.word("day")
    private static let week = WordKey.word("week")
    private static let of = WordKey.word("of")
    private static let offsets: [WordKey: Int] = WordKey.table(["before": -1, "after": 1])
}
