/// A date with a word that narrows it to part of its period, kept in one expression as TimeML
/// does (its `mod` attribute, not the value, says which part): "early next year", "late
/// November", "mid March", "later this week", "earlier this month", "the end of 1990", "the
/// beginning of next week", "the middle of October", "start of next week".
///
/// The value is the value of the date after the modifier (`1990` for "the end of 1990"). The
/// date must be one the date rules read on their own, starting right after the modifier; the
/// modifier never joins a length of time or a clock time.
struct PeriodModifierRule: TimeRule {
    private let dates: [any TimeRule] = [
        AbsoluteDateRule(), WeekdayRule(), RelativeDateRule(), QuarterRule(), SeasonRule(), HolidayRule(),
        MonthYearRule(), NumericDateRule(), LowercaseDateRule(),
    ]

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let base: Int
        if tokens.isWord(index, in: Self.narrowing) {
            base = index + 1
            // "earlier"/"later" only before a deictic period ("later this week", "earlier today").
            if tokens.isWord(index, in: Self.comparatives), !tokens.isWord(base, in: Self.deictic) { return nil }
        } else {
            let part = tokens.isWord(index, Self.the) ? index + 1 : index
            guard tokens.isWord(part, in: Self.parts), tokens.isWord(part + 1, Self.of) else { return nil }
            base = part + 2
        }
        guard var date = date(at: base, in: tokens, anchor: anchor) else { return nil }
        date.tokens = index..<date.tokens.upperBound
        return date
    }

    /// The longest date or part of a day (not a length, set or clock time) starting exactly at `index`.
    private func date(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var best: TimeMatch?
        for rule in dates {
            guard let match = rule.match(at: index, in: tokens, anchor: anchor), match.tokens.lowerBound == index,
                match.type == .date || match.type == .time, match.tokens.count > (best?.tokens.count ?? 0)
            else { continue }
            best = match
        }
        return best
    }

    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let narrowing = WordKey.set(["early", "late", "mid", "later", "earlier"])
    private static let comparatives = WordKey.set(["later", "earlier"])
    private static let deictic = WordKey.set(["this", "that", "next", "last", "today", "tonight", "yesterday", "tomorrow"])
    private static let parts = WordKey.set(["end", "beginning", "start", "middle"])
}
