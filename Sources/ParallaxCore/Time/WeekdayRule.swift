/// Weekdays, alone or qualified: "Friday", "on Tuesday" (the span leaves out "on"), "last
/// Friday", "next Monday", "this Friday", "Tuesday morning" (a TIME), and "Tuesday, January 21"
/// (the written date wins). Resolution follows `WeekdayResolver`; without a document date the
/// value is TimeML's placeholder `XXXX-WXX-5` (`XXXX-WXX-2TMO` for "Tuesday morning"), unresolved.
struct WeekdayRule: TimeRule {
    private let resolver = WeekdayResolver()
    private let dates = AbsoluteDateRule()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
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
        return resolver.match(weekday: weekday, reference: reference, tokens: index..<end, in: tokens, anchor: anchor)
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

    private static let references: [WordKey: WeekdayResolver.Reference] = WordKey.table([
        "last": .last, "next": .next, "this": .this, "past": .last, "coming": .next,
    ])
}
