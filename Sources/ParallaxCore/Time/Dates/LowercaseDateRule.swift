/// Days written with a lowercase or hyphen-joined month, as in chat and notes: "april 22",
/// "jan 1st", "1st jan", "15 june 2016", "january 12, 2016", "22nd of june", "jan-1",
/// "28-nov", "2019-sep-1".
///
/// Capitalized names without hyphens belong to `AbsoluteDateRule`. The value is the day;
/// without a year it resolves as `MonthDayResolver` says. Guard for news text: a lowercase
/// "may" or "march" is a month only after a date preposition ("on may 5") or with a year
/// ("may 5, 2016"), so "they may 5" stays a verb.
struct LowercaseDateRule: TimeRule {
    private let calendar = CalendarNumberRules()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        switch tokens.kind(index) {
        case .number, .alphanumeric: break
        case .word: guard tokens.isLowercase(index) || tokens.bytes(index).contains(0x2D) else { return nil }
        default: return nil
        }
        if let match = hyphenated(at: index, in: tokens, anchor: anchor) { return match }
        if let month = lowercaseMonth(at: index, in: tokens), let day = calendar.dayOfMonth(at: index + 1, in: tokens) {
            return finish(month: month, day: day, start: index, monthIndex: index, after: index + 2, in: tokens, anchor: anchor)
        }
        guard let day = calendar.dayOfMonth(at: index, in: tokens) else { return nil }
        var monthIndex = index + 1
        if tokens.isWord(monthIndex, Self.of) { monthIndex += 1 }
        guard let month = lowercaseMonth(at: monthIndex, in: tokens) else { return nil }
        return finish(
            month: month, day: day, start: index, monthIndex: monthIndex, after: monthIndex + 1, in: tokens,
            anchor: anchor)
    }

    /// A lowercase month name at `index`.
    private func lowercaseMonth(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.isLowercase(index) else { return nil }
        return MonthName.monthAnyCase(at: index, in: tokens)
    }

    /// The day and month, with an optional year after them ("2016", ", 2016", "of 2016").
    private func finish(
        month: Int, day: Int, start: Int, monthIndex: Int, after: Int, in tokens: KeyedTokens, anchor: CalendarDate?
    ) -> TimeMatch? {
        var yearIndex = after
        if tokens.isPunctuation(yearIndex, 0x2C) || tokens.isWord(yearIndex, Self.of) { yearIndex += 1 }
        if let year = year(at: yearIndex, in: tokens) {
            return MonthDayResolver.match(
                month: month, day: day, year: year, tokens: start..<yearIndex + 1, in: tokens, anchor: anchor)
        }
        if tokens.isWord(monthIndex, in: Self.verbMonths), !tokens.isWord(start - 1, in: Self.cues) { return nil }
        return MonthDayResolver.match(
            month: month, day: day, year: nil, tokens: start..<after, in: tokens, anchor: anchor)
    }

    /// "jan-1", "1-jan", "28-nov", "2019-sep-1" as one token.
    private func hyphenated(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let kind = tokens.kind(index), kind == .alphanumeric || kind == .word,
            tokens.bytes(index).contains(0x2D)
        else { return nil }
        let parts = tokens.bytes(index).split(separator: 0x2D, omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let months = parts.map { MonthName.month(key: WordKey(bytes: $0)) }
        let numbers = parts.map { Int(value: $0) }
        let range = index..<index + 1
        if parts.count == 3 {
            guard parts[0].count == 4, let year = numbers[0], (1900...2100).contains(year), let month = months[1],
                parts[2].count <= 2, let day = numbers[2]
            else { return nil }
            return MonthDayResolver.match(month: month, day: day, year: year, tokens: range, in: tokens, anchor: anchor)
        }
        if let month = months[0], parts[1].count <= 2, let day = numbers[1] {
            return MonthDayResolver.match(month: month, day: day, year: nil, tokens: range, in: tokens, anchor: anchor)
        }
        if let month = months[1], parts[0].count <= 2, let day = numbers[0] {
            return MonthDayResolver.match(month: month, day: day, year: nil, tokens: range, in: tokens, anchor: anchor)
        }
        return nil
    }

    /// A four-digit year in 1000–2199.
    private func year(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard let year = calendar.fourDigitValue(at: index, in: tokens), (1000...2199).contains(year) else { return nil }
        return year
    }

    private static let of = WordKey.word("of")
    private static let verbMonths = WordKey.set(["may", "march"])
    private static let cues = WordKey.set([
        "on", "by", "until", "till", "since", "before", "after", "from", "through", "in", "of", "for",
    ])
}
