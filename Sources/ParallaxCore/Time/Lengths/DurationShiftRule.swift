/// A date given as a length of time before or after a day, where `RelativeDateRule` does not
/// read it: compound or vague lengths with "ago" ("1 month 21 days ago", "a few days ago"), and
/// lengths counted from a named day ("two weeks from now", "three days from tomorrow", "two days
/// after today", "two days before yesterday").
///
/// A length in whole years, months, weeks and days gives the day it reaches from the document
/// date (`2016-09-17`); a vague one ("a few days", "several years") gives `PAST_REF` or
/// `FUTURE_REF`, as TimeML writes "several years ago". Without a document date the value is
/// `PAST_REF` or `FUTURE_REF`, unresolved. "later" and "hence" are left out: TimeML spans
/// "three days later" as the length alone.
package struct DurationShiftRule: TimeRule {
    private let durations = DurationRule()

    /// Creates the rule.
    init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        switch tokens.kind(index) {
        case .number, .alphanumeric: break
        case .word:
            guard let key = tokens.key(index), Self.starters.contains(key) else { return nil }
        default: return nil
        }
        // Cheap look-ahead: a unit word right before a shift word ("days ago", "weeks from") within a few tokens.
        guard
            (index..<index + 8).contains(where: {
                tokens.isWord($0 + 1, in: Self.shiftWords) && TimeUnit.word(tokens.key($0)) != nil
            })
        else { return nil }
        guard let length = durations.match(at: index, in: tokens, anchor: anchor), length.type == .duration,
            length.tokens.lowerBound == index
        else { return nil }
        let end = length.tokens.upperBound
        let direction: Int
        let offset: Int
        let after: Int
        if tokens.isWord(end, Self.ago) {
            (direction, offset, after) = (-1, 0, end + 1)
        } else if tokens.isWord(end, in: Self.forward) || tokens.isWord(end, Self.before),
            let key = tokens.key(end + 1), let day = Self.days[key]
        {
            if tokens.isWord(end, Self.before) {
                guard key != Self.nowKey else { return nil }
                direction = -1
            } else {
                direction = 1
            }
            (offset, after) = (day, end + 2)
        } else {
            return nil
        }
        let range = index..<after
        let vague = direction < 0 ? "PAST_REF" : "FUTURE_REF"
        guard let anchor else { return TimeMatch(tokens: range, type: .date, value: vague, resolved: false) }
        guard let parts = Self.parts(of: length.value) else {
            guard length.value.contains("X") else { return nil }
            return TimeMatch(tokens: range, type: .date, value: vague)
        }
        let base = CalendarDate(dayNumber: anchor.dayNumber + offset)
        let date = Self.shift(base, by: parts, direction: direction)
        let value = TimexFormat.day(date)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// Years, months and days of a whole TIMEX3 date length (`P1M21D`, `P2W`, `P1DE`); nil for
    /// vague, fractional or clock lengths.
    package static func parts(of value: String) -> (years: Int, months: Int, days: Int)? {
        guard value.hasPrefix("P"), !value.contains("T"), !value.contains("X") else { return nil }
        var years = 0
        var months = 0
        var days = 0
        var number = ""
        var rest = Substring(value.dropFirst())
        while let character = rest.first {
            if character.isNumber {
                number.append(character)
                rest = rest.dropFirst()
                continue
            }
            guard let amount = Int(number) else { return nil }
            number = ""
            if rest.hasPrefix("DE") {
                years += amount * 10
                rest = rest.dropFirst(2)
                continue
            }
            if rest.hasPrefix("CE") {
                years += amount * 100
                rest = rest.dropFirst(2)
                continue
            }
            switch character {
            case "Y": years += amount
            case "M": months += amount
            case "W": days += amount * 7
            case "D": days += amount
            default: return nil
            }
            rest = rest.dropFirst()
        }
        guard number.isEmpty else { return nil }
        return (years, months, days)
    }

    /// `date` moved by whole years and months (the day kept, or the month's last day) and then days.
    package static func shift(_ date: CalendarDate, by parts: (years: Int, months: Int, days: Int), direction: Int)
        -> CalendarDate
    {
        let totalMonths = date.year * 12 + (date.month - 1) + direction * (parts.years * 12 + parts.months)
        let year = totalMonths / 12
        let month = totalMonths % 12 + 1
        let day = min(date.day, CalendarDate.daysIn(month: month, year: year))
        let moved = CalendarDate(year: year, month: month, day: day) ?? date
        return CalendarDate(dayNumber: moved.dayNumber + direction * parts.days)
    }

    private static let ago = WordKey.word("ago")
    /// Words that may start a length: number words and vague amounts.
    private static let starters: Set<WordKey> = {
        var words = Set(NumberWordParser.units.keys).union(NumberWordParser.tens.keys)
        for word in ["a", "an", "few", "several", "many", "some", "half"] {
            if let key = WordKey.word(word) { words.insert(key) }
        }
        return words
    }()
    private static let shiftWords = WordKey.set(["ago", "from", "after", "before"])
    private static let before = WordKey.word("before")
    private static let nowKey = WordKey.word("now")
    private static let forward = WordKey.set(["from", "after"])
    private static let days: [WordKey: Int] = WordKey.table(["now": 0, "today": 0, "tomorrow": 1, "yesterday": -1])
}
