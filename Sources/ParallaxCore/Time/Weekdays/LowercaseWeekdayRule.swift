/// Weekdays written in lowercase or abbreviated, as in chat and notes: "friday", "on tues",
/// "next sunday", "past monday", "wed, 22 of jan", "monday january 12th, 2016", "friday morning".
///
/// Capitalized full names belong to `WeekdayRule`, whose resolution (`WeekdayResolver`) and
/// placeholders (`XXXX-WXX-5`) this rule shares; a written date after the weekday wins, as
/// there. Guard for news text: an abbreviation ("sun", "Sat", "wed") is a weekday only after
/// "on", "last", "next", "this", "past" or "coming", or before a written date, so "the Sun" and
/// "sat down" stay words.
package struct LowercaseWeekdayRule: TimeRule {
    private let resolver = WeekdayResolver()
    private let dates: [any TimeRule] = [AbsoluteDateRule(), LowercaseDateRule(), NumericDateRule()]

    /// Creates the rule.
    package init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var reference = WeekdayResolver.Reference.bare
        var weekdayIndex = index
        if let key = tokens.key(index), let qualified = Self.references[key] {
            reference = qualified
            weekdayIndex += 1
        }
        guard let key = tokens.key(weekdayIndex) else { return nil }
        let weekday: Int
        if let full = WeekdayName.weekday(key: key) {
            guard tokens.isLowercase(weekdayIndex) else { return nil }  // "Friday": `WeekdayRule`'s.
            weekday = full
        } else if let short = WeekdayName.weekday(abbreviation: key) {
            weekday = short
        } else {
            return nil
        }
        let end = weekdayIndex + 1
        if let dated = writtenDate(after: end, in: tokens, anchor: anchor) {
            var match = dated
            match.tokens = index..<dated.tokens.upperBound
            return match
        }
        if WeekdayName.weekday(abbreviation: key) != nil, weekdayIndex == index, !tokens.isWord(index - 1, Self.on) {
            return nil
        }
        return resolver.match(weekday: weekday, reference: reference, tokens: index..<end, in: tokens, anchor: anchor)
    }

    /// A day written right after the weekday ("monday january 12th, 2016", "wed, 22 of jan").
    private func writtenDate(after index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let start = tokens.isPunctuation(index, 0x2C) ? index + 1 : index
        for rule in dates {
            if let dated = rule.match(at: start, in: tokens, anchor: anchor), dated.tokens.lowerBound == start,
                dated.type == .date, dated.value.count >= 10
            {
                return dated
            }
        }
        return nil
    }

    private static let on = WordKey.word("on")
    private static let references: [WordKey: WeekdayResolver.Reference] = WordKey.table([
        "last": .last, "next": .next, "this": .this, "past": .last, "coming": .next,
    ])
}
