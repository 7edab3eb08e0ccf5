import ParallaxCore

/// Parts of a year and spans of years as Recognizers-Text values them: a season without a year
/// ("summer", "the winter", "mid summer": `SU`, `WI`, no year, where TimeML news reading picks
/// one), a season of a spoken year ("the spring of nineteen seventy eight": `1978-SP`), half years
/// ("H1 2016", "2016 H2", "2016H2": `(2016-07-01,2017-01-01,P6M)`), and centuries ("15th century",
/// "21st century": `(2000-01-01,2100-01-01,P100Y)`), and years named as numbers ("year 247",
/// "two thousand and fourteen").
///
/// "fall" and "spring", also a verb and a noun, count only after "the" or "mid".
///
/// Used only in `TimeConvention.recognizersText`.
struct YearPartRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        season(at: index, in: tokens) ?? halfYear(at: index, in: tokens) ?? century(at: index, in: tokens)
            ?? year(at: index, in: tokens)
    }

    /// "year 247", "year two hundred and sixty seven", and a year spoken from "two thousand" on at
    /// an end of a range ("from two thousand until two thousand and fourteen"); elsewhere "two
    /// thousand and twenty" is as likely a count.
    private func year(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        var end: Int
        var number: Int
        if tokens.isWord(index, Self.yearWord), let read = Self.numbers.parse(at: index + 1, in: tokens),
            read.value.isPoint, read.scale == 1, read.value.low >= 1, read.value.low < 10_000,
            read.value.low == read.value.low.rounded(), read.tokens.lowerBound == index + 1
        {
            (number, end) = (Int(read.value.low), read.tokens.upperBound)
        } else if tokens.isWord(index, Self.two), tokens.isWord(index - 1, in: Self.rangeWords),
            let spoken = SpokenYearRule.spokenYear(at: index, in: tokens)
        {
            (number, end) = spoken
        } else {
            return nil
        }
        let value = TimexFormat.year(number)
        return TimeMatch(tokens: index..<end, type: .date, value: value.value, days: value.days)
    }

    /// "summer", "the winter", "mid summer", "the spring of nineteen seventy eight".
    private func season(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let led = tokens.isWord(index, Self.the) || tokens.isWord(index, Self.mid)
        let position = led ? index + 1 : index
        guard let season = Season.named(at: position, in: tokens) else { return nil }
        if tokens.isWord(position + 1, Self.of), let year = SpokenYearRule.spokenYear(at: position + 2, in: tokens) {
            let value = season.value(in: year.value)
            return TimeMatch(tokens: index..<year.end, type: .date, value: value.value, days: value.days)
        }
        guard led || (season != .fall && season != .spring),
            Self.calendar.writtenYear(at: position + 1, in: tokens) == nil, !tokens.isWord(position + 1, Self.of)
        else { return nil }
        return TimeMatch(tokens: index..<position + 1, type: .date, value: season.rawValue, resolved: false)
    }

    /// "H1 2016", "2016 H2", "2016H2".
    private func halfYear(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let year: Int
        let half: Int
        let end: Int
        if let first = Self.half(tokens.bytes(index)), let written = Self.calendar.writtenYear(at: index + 1, in: tokens) {
            (year, half, end) = (written, first, index + 2)
        } else if let written = Self.calendar.writtenYear(at: index, in: tokens), let second = Self.half(tokens.bytes(index + 1)) {
            (year, half, end) = (written, second, index + 2)
        } else {
            let bytes = tokens.bytes(index)
            guard tokens.kind(index) == .alphanumeric, bytes.count == 6, let second = Self.half(bytes.suffix(2)),
                let written = Int(value: bytes.prefix(4)), (1000...2199).contains(written)
            else { return nil }
            (year, half, end) = (written, second, index + 1)
        }
        let days = TimexFormat.half(year: year, half: half).days
        let value = TimexRange(start: days.first.description, end: days.last.adding(days: 1).description, duration: "P6M")
        return TimeMatch(tokens: index..<end, type: .date, value: value.description, days: days)
    }

    /// "15th century", "the 21st century".
    private func century(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let position = tokens.isWord(index, Self.the) ? index + 1 : index
        guard tokens.isWord(position + 1, Self.centuryWord), tokens.kind(position) == .alphanumeric,
            let read = NumberWordParser.digitValue(tokens.bytes(position)), read.value >= 1, read.value <= 30
        else { return nil }
        let days = TimexFormat.century(Int(read.value)).days
        let value = TimexRange(start: days.first.description, end: days.last.adding(days: 1).description, duration: "P100Y")
        return TimeMatch(tokens: index..<position + 2, type: .date, value: value.description, days: days)
    }

    /// 1 or 2 for "H1" / "H2" (any case).
    private static func half(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 2, bytes.first == 0x48 || bytes.first == 0x68, let digit = bytes.last, digit == 0x31 || digit == 0x32
        else { return nil }
        return Int(digit - 0x30)
    }

    private static let calendar = CalendarNumberRules()
    private static let the = WordKey.word("the")
    private static let mid = WordKey.word("mid")
    private static let of = WordKey.word("of")
    private static let centuryWord = WordKey.word("century")
    private static let yearWord = WordKey.word("year")
    private static let two = WordKey.word("two")
    private static let rangeWords = WordKey.set(["from", "until", "till", "to", "through", "between", "since"])
    private static let numbers = NumberWordParser()
}
