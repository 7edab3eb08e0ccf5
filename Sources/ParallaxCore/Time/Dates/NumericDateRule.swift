/// Dates written with numbers only: "02/22/2016", "21/04/16", "9-18-15", "2015/08/12",
/// "2018-7-6", "13.5.2015", "2015.5.13", and a month and day after a date preposition, "each" or
/// "every", or a weekday ("on 4/22", "by 22/04", "every 4/22", "Friday 7/6").
///
/// The first number is read as the month when it can be one (US order) and as the day
/// otherwise ("21/04/2016"); a leading four-digit number is the year (year, month, day). A
/// two-digit year is 20xx below 50 and 19xx from 50. A month and day without a year take the
/// year that puts them nearest the document date, as `AbsoluteDateRule` does (`XXXX-04-22`,
/// unresolved, without one). Guards for news text: the numbers touch their separators, the
/// separators agree, dotted forms need a four-digit year (so "4.22" and "1.2.3" stay numbers),
/// and a bare "3/4" needs a date preposition or a weekday before it (a bare "4-2" needs "on": "after
/// 2-1" is a score), and no "of",
/// percent or unit after it.
struct NumericDateRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.kind(index) == .number else { return nil }
        if let dotted = dotted(at: index, in: tokens) { return dotted }
        guard let separator = separator(at: index + 1, in: tokens), tokens.kind(index + 2) == .number,
            tokens.gap(index + 2) == TokenGap.none
        else { return nil }
        if tokens.isPunctuation(index - 1, separator) { return nil }
        let first = tokens.bytes(index)
        let second = tokens.bytes(index + 2)
        if tokens.isPunctuation(index + 3, separator), tokens.gap(index + 3) == TokenGap.none,
            tokens.kind(index + 4) == .number, tokens.gap(index + 4) == TokenGap.none
        {
            guard !tokens.isPunctuation(index + 5, separator) else { return nil }
            let third = tokens.bytes(index + 4)
            guard let date = Self.date([first, second, third]) else { return nil }
            let day = TimexFormat.day(date)
            return TimeMatch(tokens: index..<index + 5, type: .date, value: day.value, days: day.days)
        }
        return monthAndDay(first, second, at: index, in: tokens, anchor: anchor)
    }

    /// "13.5.2015", "2015.5.13": one number token with two dots and a four-digit year.
    private func dotted(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let bytes = tokens.bytes(index)
        guard bytes.count >= 8, bytes.lazy.filter({ $0 == 0x2E }).count == 2 else { return nil }
        let parts = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.contains(where: { $0.count == 4 }), let date = Self.date(parts) else {
            return nil
        }
        let day = TimexFormat.day(date)
        return TimeMatch(tokens: index..<index + 1, type: .date, value: day.value, days: day.days)
    }

    /// "on 4/22", "Friday 7/6", "by 22/04".
    private func monthAndDay(
        _ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>, at index: Int, in tokens: KeyedTokens,
        anchor: CalendarDate?
    ) -> TimeMatch? {
        guard first.count <= 2, second.count <= 2, let a = Int(value: first), let b = Int(value: second) else {
            return nil
        }
        if tokens.isPunctuation(index + 1, 0x2D) {
            guard tokens.isWord(index - 1, Self.on) else { return nil }  // "after 2-1", "Sunday 3-2": scores.
        } else {
            let weekday = WeekdayName.weekdayAnyCase(at: index - 1, in: tokens) != nil
            guard weekday || tokens.isWord(index - 1, in: Self.cues) else { return nil }
        }
        let next = index + 3
        if tokens.isWord(next, Self.of) || tokens.kind(next) == .percent || TimeUnit.word(tokens.key(next)) != nil {
            return nil
        }
        let month: Int
        let day: Int
        if (1...12).contains(a) {
            (month, day) = (a, b)
        } else if (1...12).contains(b) {
            (month, day) = (b, a)
        } else {
            return nil
        }
        return MonthDayResolver.match(
            month: month, day: day, year: nil, tokens: index..<index + 3, in: tokens, anchor: anchor)
    }

    /// The separator byte (`/`, `-`) of token `index` when it touches the number before it.
    private func separator(at index: Int, in tokens: KeyedTokens) -> UInt8? {
        guard tokens.gap(index) == TokenGap.none else { return nil }
        if tokens.isPunctuation(index, 0x2F) { return 0x2F }
        if tokens.isPunctuation(index, 0x2D) { return 0x2D }
        return nil
    }

    /// The date written by three numbers: year first when the first has four digits, else
    /// month, day, year (day, month, year when the first cannot be a month).
    static func date(_ parts: [ArraySlice<UInt8>]) -> CalendarDate? {
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else { return nil }
        let numbers = parts.compactMap { Int(value: $0) }
        guard numbers.count == 3 else { return nil }
        if parts[0].count == 4 {
            guard parts[1].count <= 2, parts[2].count <= 2, (1900...2100).contains(numbers[0]) else { return nil }
            return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4 else { return nil }
        var year = numbers[2]
        if parts[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard (1900...2100).contains(year) else { return nil }
        if (1...12).contains(numbers[0]), let date = CalendarDate(year: year, month: numbers[0], day: numbers[1]) {
            return date
        }
        return CalendarDate(year: year, month: numbers[1], day: numbers[0])
    }

    private static let of = WordKey.word("of")
    private static let on = WordKey.word("on")
    private static let cues = WordKey.set([
        "on", "by", "until", "till", "til", "since", "before", "after", "for", "from", "through", "thru", "each",
        "every",
    ])
}
