/// Weekdays, alone or qualified: "Friday", "on Tuesday" (the span leaves out "on"), "last
/// Friday", "next Monday", "this Friday", "the previous Friday", "Tuesday morning" (a TIME), and "Tuesday, January 21"
/// (the written date wins). Resolution follows `WeekdayResolver`; without a document date the
/// value is TimeML's placeholder `XXXX-WXX-5` (`XXXX-WXX-2TMO` for "Tuesday morning"), unresolved.
package struct WeekdayRule: TimeRule {
    private let resolver = WeekdayResolver()
    private let dates = AbsoluteDateRule()

    /// Creates the rule.
    package init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let previous = previousWeek(at: index, in: tokens, anchor: anchor) { return previous }
        var reference = WeekdayResolver.Reference.bare
        var weekdayIndex = index
        if let key = tokens.key(index), let qualified = Self.references[key] {
            reference = qualified
            weekdayIndex += 1
        }
        guard let weekday = WeekdayName.weekday(at: weekdayIndex, in: tokens) else { return nil }
        let end = weekdayIndex + 1
        if let dated = writtenDate(after: end, in: tokens, anchor: anchor) {
            var match = dated
            match.tokens = index..<dated.tokens.upperBound
            return match
        }
        if reference == .bare, let (weeks, length) = weekAfter(end, in: tokens) {
            return day(weekday, tokens: index..<end + length, anchor: anchor) { weeks * 7 + weekday - $0.weekday }
        }
        return resolver.match(weekday: weekday, reference: reference, tokens: index..<end, in: tokens, anchor: anchor)
    }

    /// The week a weekday is placed in by the words after it, as weeks from the document's and the
    /// number of those words: "Friday next week", "Friday of next week", "Friday in the week ahead",
    /// "Friday in the coming week" (+1); "Tuesday last week" (-1); "Tuesday this week" (0).
    private func weekAfter(_ index: Int, in tokens: KeyedTokens) -> (Int, Int)? {
        var start = index
        if tokens.isWord(start, Self.of) { start += 1 }
        if tokens.isWord(start + 1, Self.week), let key = tokens.key(start), let weeks = Self.weekWords[key] {
            return (weeks, start + 2 - index)
        }
        guard tokens.isWord(index, Self.in), tokens.isWord(index + 1, Self.the) else { return nil }
        if tokens.isWord(index + 2, Self.week), tokens.isWord(index + 3, Self.ahead) { return (1, 4) }
        if tokens.isWord(index + 2, Self.coming), tokens.isWord(index + 3, Self.week) { return (1, 4) }
        return nil
    }

    /// "the previous Friday", "the preceding Monday": the week before the latest such day (the
    /// document's own day counting), as a market report compares a Friday close with the one before.
    private func previousWeek(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.isWord(index, Self.the), tokens.isWord(index + 1, in: Self.previousWords),
            let weekday = WeekdayName.weekday(at: index + 2, in: tokens)
        else { return nil }
        return day(weekday, tokens: index..<index + 3, anchor: anchor) { -(($0.weekday - weekday + 7) % 7) - 7 }
    }

    /// The match of a weekday placed `offset(anchor)` days from the document's date; without a document
    /// date, TimeML's unresolved placeholder `XXXX-WXX-5`.
    private func day(
        _ weekday: Int, tokens range: Range<Int>, anchor: CalendarDate?, offset: (CalendarDate) -> Int
    ) -> TimeMatch {
        guard let anchor else { return TimeMatch(tokens: range, type: .date, value: "XXXX-WXX-\(weekday)", resolved: false) }
        let day = TimexFormat.day(anchor.adding(days: offset(anchor)))
        return TimeMatch(tokens: range, type: .date, value: day.value, days: day.days)
    }

    /// "Tuesday, January 21", "Tuesday 21 January", "Tuesday (Jan. 21)".
    private func writtenDate(after index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var start = index
        let opensParenthesis = tokens.isPunctuation(start, 0x28)
        if opensParenthesis || tokens.isPunctuation(start, 0x2C) { start += 1 }
        guard let dated = dates.match(at: start, in: tokens, anchor: anchor), dated.value.count >= 10 else {
            return nil
        }
        var match = dated
        if opensParenthesis, tokens.isPunctuation(dated.tokens.upperBound, 0x29) {
            match.tokens = dated.tokens.lowerBound..<dated.tokens.upperBound + 1
        }
        return match
    }

    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let `in` = WordKey.word("in")
    private static let week = WordKey.word("week")
    private static let ahead = WordKey.word("ahead")
    private static let coming = WordKey.word("coming")
    private static let weekWords: [WordKey: Int] = WordKey.table(["next": 1, "last": -1, "this": 0])
    private static let previousWords = WordKey.set(["previous", "preceding"])
    private static let references: [WordKey: WeekdayResolver.Reference] = WordKey.table([
        "last": .last, "next": .next, "this": .this, "past": .last, "coming": .next,
    ])
}
