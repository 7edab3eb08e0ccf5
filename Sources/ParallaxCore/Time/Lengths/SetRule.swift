/// Recurrences (TIMEX3 SET): "every week" (`P1W`), "each year" (`P1Y`), "every two weeks"
/// (`P2W`), "every other day" (`P2D`), "every Monday" (`XXXX-WXX-1`), "every quarter" (`P3M`),
/// "daily" (`P1D`), "weekly", "monthly", "annually", "hourly", "nightly", and frequencies "twice a
/// week", "three times a year" (`P1W`, `P1Y`: the period, as TimeML writes it; the count is not
/// kept).
///
/// Days and parts of days recur too: "every other Friday" (`XXXX-WXX-5`), "every morning"
/// (`TMO`), and plural weekdays, "Sundays" (`XXXX-WXX-7`).
///
/// Recognizers-Text also reads the adjectives "annual", "quarterly" (`P3M`) and "everyday", and
/// plural parts of days ("mornings", `TMO`), as recurrences; TimeML does not annotate them
/// ("the annual meeting", "a quarterly dividend"), so they count only with `recognizersText`.
///
/// "daily", "weekly" and the like must be lowercase, so that names ("China Daily") stay out, and
/// must not stand between two names ("the Communist Party daily Granma", a newspaper); plural day
/// parts must be lowercase too, and plural weekdays capitalized.
package struct SetRule: TimeRule {
    private let numbers = NumberWordParser()
    private let recognizersText: Bool

    /// Creates the rule; `recognizersText` adds Recognizers-Text's recurring adjectives and plural day parts.
    package init(recognizersText: Bool = false) {
        self.recognizersText = recognizersText
    }

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if tokens.isLowercase(index), let key = tokens.key(index), let period = Self.adverbs[key] {
            // "the Communist Party daily Granma": a newspaper, named on both sides.
            if tokens.kind(index - 1) == .word, tokens.isCapitalized(index - 1), tokens.kind(index + 1) == .word,
                tokens.isCapitalized(index + 1)
            {
                return nil
            }
            return TimeMatch(tokens: index..<index + 1, type: .set, value: period)
        }
        if recognizersText, tokens.isLowercase(index), let key = tokens.key(index), let period = Self.adjectives[key] {
            return TimeMatch(tokens: index..<index + 1, type: .set, value: period)
        }
        if let recurring = plural(at: index, in: tokens) { return recurring }
        if tokens.isWord(index, in: Self.every) { return every(at: index, in: tokens) }
        return frequency(at: index, in: tokens)
    }

    /// "every week", "every two weeks", "every other day", "every Monday", "each July" (`XXXX-07`).
    private func every(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let next = index + 1
        if let weekday = WeekdayName.weekdayAnyCase(at: next, in: tokens) {
            return TimeMatch(tokens: index..<next + 1, type: .set, value: "XXXX-WXX-\(weekday)")
        }
        if let month = MonthName.month(at: next, in: tokens) {
            return TimeMatch(tokens: index..<next + 1, type: .set, value: "XXXX-" + CalendarDate.pad(month, 2))
        }
        if tokens.isWord(next, Self.other), let weekday = WeekdayName.weekdayAnyCase(at: next + 1, in: tokens) {
            return TimeMatch(tokens: index..<next + 2, type: .set, value: "XXXX-WXX-\(weekday)")
        }
        if let part = DayPart.named(at: next, in: tokens), tokens.isWord(next, in: Self.dayParts) {
            return TimeMatch(tokens: index..<next + 1, type: .set, value: "T" + part.rawValue)
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

    /// "Sundays" (`XXXX-WXX-7`), and with `recognizersText` "mornings" (`TMO`).
    private func plural(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard let key = tokens.key(index) else { return nil }
        if tokens.isCapitalized(index), let weekday = Self.pluralWeekdays[key] {
            return TimeMatch(tokens: index..<index + 1, type: .set, value: "XXXX-WXX-\(weekday)")
        }
        if recognizersText, tokens.isLowercase(index), let part = Self.pluralDayParts[key] {
            return TimeMatch(tokens: index..<index + 1, type: .set, value: "T" + part.rawValue)
        }
        return nil
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
    private static let dayParts = WordKey.set(["morning", "afternoon", "evening", "night"])
    private static let pluralDayParts: [WordKey: DayPart] = WordKey.table([
        "mornings": .morning, "afternoons": .afternoon, "evenings": .evening, "nights": .night,
    ])
    private static let pluralWeekdays: [WordKey: Int] = WordKey.table([
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ])
    private static let adjectives: [WordKey: String] = WordKey.table([
        "quarterly": "P3M", "everyday": "P1D", "annual": "P1Y",
    ])
    private static let adverbs: [WordKey: String] = WordKey.table([
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
        "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W",
    ])
}
