/// Recurrences (TIMEX3 SET): "every week" (`P1W`), "each year" (`P1Y`), "every two weeks"
/// (`P2W`), "every other day" (`P2D`), "every Monday" (`XXXX-WXX-1`), "every quarter" (`P3M`),
/// "daily" (`P1D`), "weekly", "monthly", "annually", "hourly", "nightly", and frequencies "twice a
/// week", "three times a year" (`P1W`, `P1Y`: the period, as TimeML writes it; the count is not
/// kept).
///
/// "daily", "weekly" and the like must be lowercase, so that names ("China Daily") stay out.
struct SetRule: TimeRule {
    private let numbers = NumberWordParser()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if tokens.isLowercase(index), let key = tokens.key(index), let period = Self.adverbs[key] {
            return TimeMatch(tokens: index..<index + 1, type: .set, value: period)
        }
        if tokens.isWord(index, in: Self.every) { return every(at: index, in: tokens) }
        return frequency(at: index, in: tokens)
    }

    /// "every week", "every two weeks", "every other day", "every Monday".
    private func every(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let next = index + 1
        if let weekday = WeekdayName.weekday(at: next, in: tokens) {
            return TimeMatch(tokens: index..<next + 1, type: .set, value: "XXXX-WXX-\(weekday)")
        }
        var amount = 1.0
        var unitIndex = next
        if tokens.isWord(next, Self.other) {
            amount = 2
            unitIndex += 1
        } else if let number = numbers.parse(at: next, in: tokens), !number.needsUnit, number.tail.isEmpty,
            let value = number.point
        {
            amount = value
            unitIndex = number.tokens.upperBound
        }
        if tokens.isWord(unitIndex, Self.quarter) {
            let part = DurationReader.Part(amount: amount * 3, unit: .month)
            return TimeMatch(tokens: index..<unitIndex + 1, type: .set, value: TimexFormat.duration([part]))
        }
        guard let word = TimeUnit.word(tokens.key(unitIndex)) else { return nil }
        let part = DurationReader.Part(amount: amount * word.multiple, unit: word.unit)
        return TimeMatch(tokens: index..<unitIndex + 1, type: .set, value: TimexFormat.duration([part]))
    }

    /// "twice a week", "three times a year", "once per month".
    private func frequency(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        var perIndex = index + 1
        if !tokens.isWord(index, in: Self.multiples) {
            guard let number = numbers.parse(at: index, in: tokens), !number.needsUnit, number.tail.isEmpty,
                tokens.isWord(number.tokens.upperBound, Self.times)
            else { return nil }
            perIndex = number.tokens.upperBound + 1
        }
        guard tokens.isWord(perIndex, in: Self.per), let word = TimeUnit.word(tokens.key(perIndex + 1)), !word.isPlural
        else { return nil }
        let part = DurationReader.Part(amount: word.multiple, unit: word.unit)
        return TimeMatch(tokens: index..<perIndex + 2, type: .set, value: TimexFormat.duration([part]))
    }

    private static let every = WordKey.set(["every", "each"])
    private static let other = WordKey.word("other")
    private static let quarter = WordKey.word("quarter")
    private static let times = WordKey.word("times")
    private static let multiples = WordKey.set(["once", "twice", "thrice"])
    private static let per = WordKey.set(["a", "an", "per", "every", "each"])
    private static let adverbs: [WordKey: String] = WordKey.table([
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
        "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W",
    ])
}
