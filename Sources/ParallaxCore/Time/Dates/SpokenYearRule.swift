/// Years written out as they are spoken, as broadcast transcripts give them: "nineteen
/// ninety-six" (`1996`), "nineteen seventy nine", "nineteen oh five" (`1905`), "the year two
/// thousand" (`2000`), "the year two thousand and one", and a month before one: "January nineteen
/// ninety-seven" (`1997-01`).
///
/// A century word ("eleven" to "nineteen") followed by a tens word, a tens-and-units word, or
/// "oh" and a digit word is a year wherever it stands: no count is read that way. "Nineteen
/// hundred" and "two thousand" count things as often as they name a year, so they are left out,
/// except "two thousand" after "the year", which then belongs to the span. The value is a DATE
/// of year (or month) granularity.
package struct SpokenYearRule: TimeRule {
    /// Creates the rule.
    init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let month = MonthName.month(at: index, in: tokens) {
            guard let year = centuryYear(at: index + 1, in: tokens) else { return nil }
            let value = TimexFormat.month(year: year.value, month: month)
            return TimeMatch(tokens: index..<year.end, type: .date, value: value.value, days: value.days)
        }
        if tokens.isWord(index, Self.the), tokens.isWord(index + 1, Self.year),
            let millennium = millennium(at: index + 2, in: tokens)
        {
            return year(millennium.value, tokens: index..<millennium.end)
        }
        guard let spoken = centuryYear(at: index, in: tokens) else { return nil }
        return year(spoken.value, tokens: index..<spoken.end)
    }

    /// A year spoken at `index` where a year is expected (after a date, "of"): "nineteen seventy
    /// eight", "nineteen zero one", and also "two thousand", "two thousand and eighteen".
    package static func spokenYear(at index: Int, in tokens: KeyedTokens) -> (value: Int, end: Int)? {
        let rule = SpokenYearRule()
        return rule.centuryYear(at: index, in: tokens) ?? rule.millennium(at: index, in: tokens)
    }

    /// "nineteen ninety-six" at `index`.
    private func centuryYear(at index: Int, in tokens: KeyedTokens) -> (value: Int, end: Int)? {
        guard let key = tokens.key(index), let century = Self.centuries[key],
            let rest = yearOfCentury(at: index + 1, in: tokens)
        else { return nil }
        return (century * 100 + rest.value, rest.end)
    }

    /// "two thousand", "two thousand and one", "two thousand ten" at `index`.
    private func millennium(at index: Int, in tokens: KeyedTokens) -> (value: Int, end: Int)? {
        guard tokens.isWord(index, Self.two), tokens.isWord(index + 1, Self.thousand) else { return nil }
        let next = tokens.isWord(index + 2, Self.and) ? index + 3 : index + 2
        if let units = tensAndUnits(at: next, in: tokens) {
            if units % 10 == 0, units >= 20, let digit = unit(at: next + 1, in: tokens) {
                return (2000 + units + digit, next + 2)  // "two thousand and twenty seven"
            }
            return (2000 + units, next + 1)
        }
        return (2000, index + 2)
    }

    /// The last two digits of a spoken year at `index`: "ninety-six", "ninety six", "oh five".
    private func yearOfCentury(at index: Int, in tokens: KeyedTokens) -> (value: Int, end: Int)? {
        if tokens.isWord(index, in: Self.ohs), let digit = unit(at: index + 1, in: tokens) {
            return (digit, index + 2)
        }
        guard let value = tensAndUnits(at: index, in: tokens), value >= 10 else { return nil }
        if value % 10 == 0, value >= 20, let digit = unit(at: index + 1, in: tokens) {
            return (value + digit, index + 2)
        }
        return (value, index + 1)
    }

    /// 1–99 written as one word: "six", "twelve", "ninety", "ninety-six".
    private func tensAndUnits(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.kind(index) == .word else { return nil }
        let parts = tokens.segments(index)
        if parts.count == 1, let key = parts[0] {
            return Self.units[key] ?? Self.teens[key] ?? Self.tens[key]
        }
        guard parts.count == 2, let tensKey = parts[0], let unitKey = parts[1], let tens = Self.tens[tensKey],
            let unit = Self.units[unitKey]
        else { return nil }
        return tens + unit
    }

    private func unit(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard let key = tokens.key(index) else { return nil }
        return Self.units[key]
    }

    private func year(_ value: Int, tokens range: Range<Int>) -> TimeMatch {
        let year = TimexFormat.year(value)
        return TimeMatch(tokens: range, type: .date, value: year.value, days: year.days)
    }

    private static let the = WordKey.word("the")
    private static let year = WordKey.word("year")
    private static let two = WordKey.word("two")
    private static let thousand = WordKey.word("thousand")
    private static let and = WordKey.word("and")
    private static let ohs = WordKey.set(["oh", "o", "zero"])
    private static let centuries: [WordKey: Int] = WordKey.table([
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ])
    private static let units: [WordKey: Int] = WordKey.table([
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ])
    private static let teens: [WordKey: Int] = WordKey.table([
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ])
    private static let tens: [WordKey: Int] = WordKey.table([
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ])
}
