/// Months written with their year in forms the written-date rule leaves alone: a month name in
/// any case before or after a year ("june 2016", "January, 2001", "June of 2017", "2016 November",
/// "2016, nov"),
/// a numeric month and year joined by a slash or hyphen ("11/2016", "3/2015", "2016/11",
/// "11 - 2016"), and a month introduced by "the month of" ("the month of March", "month of jan").
///
/// The value is the month (`2016-11`). A month without a year after "the month of" takes the
/// year that puts it nearest the document date, as `AbsoluteDateRule` does; without a document
/// date it is `XXXX-03`, unresolved. Guards for news text: "May" and "March" after a comma
/// ("In 2016, May said") are not read as months, and numeric forms need a four-digit year in
/// 1900–2100 with nothing but the separator between the numbers.
struct MonthYearRule: TimeRule {
    private let calendar = CalendarNumberRules()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let match = monthOf(at: index, in: tokens, anchor: anchor) { return match }
        if let match = namedMonthThenYear(at: index, in: tokens) { return match }
        if let match = yearThenNamedMonth(at: index, in: tokens) { return match }
        return numeric(at: index, in: tokens)
    }

    /// "the month of March", "month of jan", "the month of January, 2001".
    private func monthOf(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let monthWord = tokens.isWord(index, Self.the) ? index + 1 : index
        guard tokens.isWord(monthWord, Self.monthWord), tokens.isWord(monthWord + 1, Self.of) else { return nil }
        let name = monthWord + 2
        if let dated = namedMonthThenYear(at: name, in: tokens) ?? AbsoluteDateRule().match(at: name, in: tokens, anchor: anchor),
            dated.tokens.lowerBound == name, dated.type == .date, dated.value.count == 7
        {
            var match = dated
            match.tokens = index..<dated.tokens.upperBound
            return match
        }
        guard let month = MonthName.monthAnyCase(at: name, in: tokens) else { return nil }
        let range = index..<name + 1
        guard let anchor else {
            return TimeMatch(tokens: range, type: .date, value: "XXXX-" + CalendarDate.pad(month, 2), resolved: false)
        }
        let year = AbsoluteDateRule().yearByTense(around: range, in: tokens, anchor: anchor) {
            TimexFormat.month(year: $0, month: month).days
        }
        let value = TimexFormat.month(year: year, month: month)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// "june 2016", "January, 2001", "November , 2016", "June of 2017".
    private func namedMonthThenYear(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard let month = MonthName.monthAnyCase(at: index, in: tokens) else { return nil }
        var next = index + 1
        let comma = tokens.isPunctuation(next, 0x2C)
        let of = !comma && tokens.isWord(next, Self.of)
        if comma || of { next += 1 }
        guard let year = year(at: next, in: tokens) else { return nil }
        if !comma, !of, tokens.isCapitalized(index) { return nil }  // "June 2016": the written-date rule's.
        return monthMatch(year: year, month: month, tokens: index..<next + 1)
    }

    /// "2016 November", "2016, nov".
    private func yearThenNamedMonth(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard let year = year(at: index, in: tokens) else { return nil }
        var next = index + 1
        let comma = tokens.isPunctuation(next, 0x2C)
        if comma { next += 1 }
        guard let month = MonthName.monthAnyCase(at: next, in: tokens) else { return nil }
        if comma, tokens.isWord(next, in: Self.verbMonths) { return nil }
        if !comma, tokens.isWord(next, in: Self.verbMonths), tokens.isLowercase(next) { return nil }
        // "2016 November 3" is a day, not a month.
        if calendar.dayOfMonth(at: next + 1, in: tokens) != nil { return nil }
        return monthMatch(year: year, month: month, tokens: index..<next + 1)
    }

    /// "11/2016", "3/2015", "2016/11", "11 - 2016", "2016 -11".
    private func numeric(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard tokens.kind(index) == .number, tokens.kind(index + 2) == .number else { return nil }
        let separator = index + 1
        guard tokens.isPunctuation(separator, 0x2F) || tokens.isPunctuation(separator, 0x2D) else { return nil }
        // The separator is attached to at least one number, or spaced evenly on both sides.
        let before = tokens.gap(separator) ?? .space
        let after = tokens.gap(separator + 2) ?? .space
        guard before == TokenGap.none || after == TokenGap.none || (before == .space && after == .space) else { return nil }
        if tokens.isPunctuation(separator + 2, 0x2F) || tokens.isPunctuation(separator + 2, 0x2D) { return nil }
        if tokens.isPunctuation(index - 1, 0x2F) || tokens.isPunctuation(index - 1, 0x2D) { return nil }
        let range = index..<index + 3
        if let year = year(at: index, in: tokens), let month = monthNumber(at: index + 2, in: tokens) {
            return monthMatch(year: year, month: month, tokens: range)
        }
        if let month = monthNumber(at: index, in: tokens), let year = year(at: index + 2, in: tokens) {
            return monthMatch(year: year, month: month, tokens: range)
        }
        return nil
    }

    private func monthMatch(year: Int, month: Int, tokens range: Range<Int>) -> TimeMatch {
        let value = TimexFormat.month(year: year, month: month)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// A four-digit year in 1900–2100.
    private func year(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard let year = calendar.fourDigitValue(at: index, in: tokens), (1900...2100).contains(year) else { return nil }
        return year
    }

    /// A month number, 1–12, written with one or two digits.
    private func monthNumber(at index: Int, in tokens: KeyedTokens) -> Int? {
        let bytes = tokens.bytes(index)
        guard tokens.kind(index) == .number, (1...2).contains(bytes.count), let month = Int(value: bytes),
            (1...12).contains(month)
        else { return nil }
        return month
    }

    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let monthWord = WordKey.word("month")
    private static let verbMonths = WordKey.set(["may", "march"])
}
