/// Dates named relative to the document date: "today", "yesterday", "tomorrow", "tonight", "this
/// morning", "last night", "last/this/next week|weekend|month|year", "the past/last/next/coming
/// week|month|year", "two days ago", "a year ago", and the vague references "recently"
/// (`PAST_REF`), "now", "currently" (`PRESENT_REF`), "soon", "in the coming weeks", "the future"
/// (`FUTURE_REF`). "As soon as" and "soon after" are connectives, not references. "Recent months"
/// is a vague duration (`DurationRule`); the adjectives of "the current weakness" (`PRESENT_REF`)
/// and "a recent filing" (`PAST_REF`) are references of their own, as TimeML annotates them.
///
/// Values: a day (`2025-01-21`), a part of a day (`2025-01-21TMO`, a TIME), an ISO week
/// (`2025-W03`) or its weekend (`2025-W03-WE`), a month (`2024-12`), a year (`2024`), a decade
/// ("two decades ago" → `200`); "N units ago" has the granularity of the unit. Without a document
/// date the value keeps TimeML placeholders and is unresolved: `XXXX-WXX`, `XXXX-XX`, `XXXX`,
/// `XXXX-XX-XXTNI`; "today", "yesterday", "tomorrow" and "N days ago" become `PRESENT_REF`,
/// `PAST_REF` and `FUTURE_REF`, which keep the direction. The `*_REF` values never have days.
/// Prepositions ("in recent months", "in the coming weeks") are left out of the span. "The (fiscal)
/// year ended/ending …" is the length `P1Y`, as TimeML annotates reporting years.
package struct RelativeDateRule: TimeRule {
    /// What a phrase refers to.
    enum Reference: Sendable {
        /// A day, offset from the document date.
        case day(Int)
        /// A part of a day, offset from the document date.
        case dayPart(Int, DayPart)
        /// An ISO week, offset in weeks.
        case week(Int)
        /// The weekend of an ISO week, offset in weeks.
        case weekend(Int)
        /// A month, offset in months.
        case month(Int)
        /// A year, offset in years.
        case year(Int)
        /// A vague reference: `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
        case vague(String)
        /// "the weekend": the latest weekend begun by the document date, or the next one in a
        /// future-marked clause.
        case recentWeekend
    }

    private let numbers = NumberWordParser()

    /// Creates the rule.
    package init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let ago = ago(at: index, in: tokens, anchor: anchor) { return ago }
        if let attributive = attributive(at: index, in: tokens) { return attributive }
        guard let found = Self.phrases.match(at: index, in: tokens) else { return nil }
        let range = index..<index + found.length
        // "the past" is vague only when no unit follows ("the past week" is a duration).
        if case .vague = found.value, TimeUnit.word(tokens.key(range.upperBound)) != nil { return nil }
        // "as soon as" and "soon after" are temporal connectives (TimeML signals), not references.
        if tokens.isWord(index, Self.soon),
            tokens.isWord(index - 1, Self.as) || tokens.isWord(index + 1, in: Self.connectiveFollowers)
        {
            return nil
        }
        // "the year" is the document's only as a whole phrase ("the year before" and "the year
        // 2000" are other years, "the year-earlier" another word).
        // "the year ended June 30": a reporting year measured back from its end, a length of time.
        if case .year(0) = found.value, tokens.isWord(range.lowerBound, Self.the),
            tokens.isWord(range.upperBound, in: Self.endedWords)
        {
            return TimeMatch(tokens: range, type: .duration, value: "P1Y")
        }
        if case .year(0) = found.value, tokens.isWord(range.lowerBound, Self.the),
            tokens.isWord(range.upperBound, in: Self.yearFollowers) || tokens.kind(range.upperBound) == .number
        {
            return nil
        }
        if case .recentWeekend = found.value, let anchor {
            let future = TenseCues().tense(around: range, in: tokens) == .future
            let offset = future ? (anchor.weekday == 7 ? 1 : 0) : (anchor.weekday >= 6 ? 0 : -1)
            return resolve(.weekend(offset), tokens: range, anchor: anchor)
        }
        return resolve(found.value, tokens: range, anchor: anchor)
    }

    /// Resolves a reference against the document date.
    func resolve(_ reference: Reference, tokens range: Range<Int>, anchor: CalendarDate?) -> TimeMatch {
        guard let anchor else { return unresolved(reference, tokens: range) }
        switch reference {
        case .day(let offset):
            let day = TimexFormat.day(anchor.adding(days: offset))
            return TimeMatch(tokens: range, type: .date, value: day.value, days: day.days)
        case .dayPart(let offset, let part):
            let day = TimexFormat.day(anchor.adding(days: offset))
            return TimeMatch(tokens: range, type: .time, value: day.value + "T" + part.rawValue, days: day.days)
        case .week(let offset):
            let week = TimexFormat.week(of: anchor.adding(days: 7 * offset))
            return TimeMatch(tokens: range, type: .date, value: week.value, days: week.days)
        case .weekend(let offset):
            let weekend = TimexFormat.weekend(of: anchor.adding(days: 7 * offset))
            return TimeMatch(tokens: range, type: .date, value: weekend.value, days: weekend.days)
        case .month(let offset):
            let month = TimexFormat.month(year: anchor.year, month: anchor.month + offset)
            return TimeMatch(tokens: range, type: .date, value: month.value, days: month.days)
        case .year(let offset):
            let year = TimexFormat.year(anchor.year + offset)
            return TimeMatch(tokens: range, type: .date, value: year.value, days: year.days)
        case .vague(let value):
            return TimeMatch(tokens: range, type: .date, value: value)
        case .recentWeekend:
            return resolve(.weekend(anchor.weekday >= 6 ? 0 : -1), tokens: range, anchor: anchor)
        }
    }

    private func unresolved(_ reference: Reference, tokens range: Range<Int>) -> TimeMatch {
        let value: String
        var type = TimexType.date
        switch reference {
        case .day(let offset): value = offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF"
        case .dayPart(_, let part):
            value = "XXXX-XX-XXT" + part.rawValue
            type = .time
        case .week: value = "XXXX-WXX"
        case .weekend, .recentWeekend: value = "XXXX-WXX-WE"
        case .month: value = "XXXX-XX"
        case .year: value = "XXXX"
        case .vague(let ref): value = ref
        }
        return TimeMatch(tokens: range, type: type, value: value, resolved: false)
    }

    /// "the current weakness", "its current position" (`PRESENT_REF`), "a recent filing" (`PAST_REF`):
    /// the adjective alone, after a determiner, possessive or preposition and before a lowercase
    /// noun that is no period ("the current quarter" is a period of its own).
    private func attributive(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard let key = tokens.key(index), let value = Self.attributives[key] else { return nil }
        let before = tokens.isWord(index - 1, in: Self.attributiveOpeners) || tokens.kind(index - 1) == .clitic
        let next = index + 1
        guard before, tokens.kind(next) == .word, tokens.isLowercase(next),
            TimeUnit.word(tokens.key(next)) == nil, !tokens.isWord(next, in: Self.periodWords)
        else { return nil }
        return TimeMatch(tokens: index..<next, type: .date, value: value)
    }

    /// "two days ago", "a year ago", "several weeks ago", "decades ago".
    private func ago(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var unitIndex = index
        var amount: Double?
        if let number = numbers.parse(at: index, in: tokens), number.tail.isEmpty {
            amount = number.point
            unitIndex = number.tokens.upperBound
        } else if tokens.isWord(index, in: Self.vagueAmounts) {
            unitIndex = index + 1
        }
        guard let word = TimeUnit.word(tokens.key(unitIndex)), tokens.isWord(unitIndex + 1, Self.ago) else {
            return nil
        }
        let range = index..<unitIndex + 2
        guard let amount, amount == amount.rounded(), amount < 100_000 else {
            return TimeMatch(tokens: range, type: .date, value: "PAST_REF", resolved: anchor != nil)
        }
        let count = Int(amount * word.multiple)
        let reference: Reference
        switch word.unit {
        case .day: reference = .day(-count)
        case .week: reference = .week(-count)
        case .month: reference = .month(-count)
        case .year: reference = .year(-count)
        case .decade, .century:
            let years = count * (word.unit == .decade ? 10 : 100)
            guard let anchor else { return TimeMatch(tokens: range, type: .date, value: "PAST_REF", resolved: false) }
            let start = ((anchor.year - years) / 10) * 10
            let decade = TimexFormat.decade(startingIn: start)
            return TimeMatch(tokens: range, type: .date, value: decade.value, days: decade.days)
        case .second, .minute, .hour: return nil
        }
        var match = resolve(reference, tokens: range, anchor: anchor)
        if word.unit == .year { match.anaphor = PeriodAnaphor(base: .ago, yearsBack: count) }
        return match
    }

    private static let ago = WordKey.word("ago")
    private static let soon = WordKey.word("soon")
    private static let attributives: [WordKey: String] = WordKey.table([
        "current": "PRESENT_REF", "recent": "PAST_REF",
    ])
    private static let attributiveOpeners = WordKey.set([
        "the", "a", "its", "his", "her", "their", "our", "my", "your", "of", "about", "on", "in", "by",
    ])
    private static let periodWords = WordKey.set([
        "quarter", "quarters", "period", "periods", "fiscal", "half", "season", "term", "account", "accounts",
    ])
    private static let endedWords = WordKey.set(["ended", "ending"])
    private static let `as` = WordKey.word("as")
    private static let connectiveFollowers = WordKey.set(["after", "afterwards", "afterward", "thereafter", "before"])
    private static let the = WordKey.word("the")
    private static let yearFollowers = WordKey.set(["before", "after", "earlier", "later", "of", "when", "in"])
    private static let vagueAmounts = WordKey.set(["several", "many", "few"])

    private static let phrases: PhraseTable<Reference> = {
        var entries: [(String, Reference)] = [
            ("today", .day(0)), ("yesterday", .day(-1)), ("tomorrow", .day(1)), ("tonight", .dayPart(0, .night)),
            ("last night", .dayPart(-1, .night)), ("overnight", .dayPart(-1, .night)),
            ("recently", .vague("PAST_REF")), ("lately", .vague("PAST_REF")),
            ("recent days", .vague("PAST_REF")), ("recent weeks", .vague("PAST_REF")),
            ("recent months", .vague("PAST_REF")), ("recent years", .vague("PAST_REF")),
            ("recent decades", .vague("PAST_REF")),
            ("the past", .vague("PAST_REF")), ("now", .vague("PRESENT_REF")),
            ("currently", .vague("PRESENT_REF")), ("nowadays", .vague("PRESENT_REF")),
            ("at present", .vague("PRESENT_REF")), ("soon", .vague("FUTURE_REF")),
            ("the coming days", .vague("FUTURE_REF")), ("the coming weeks", .vague("FUTURE_REF")),
            ("the coming months", .vague("FUTURE_REF")), ("the coming years", .vague("FUTURE_REF")),
            ("the future", .vague("FUTURE_REF")), ("the near future", .vague("FUTURE_REF")),
            ("coming days", .vague("FUTURE_REF")), ("coming weeks", .vague("FUTURE_REF")),
            ("coming months", .vague("FUTURE_REF")), ("coming years", .vague("FUTURE_REF")),
            ("coming quarters", .vague("FUTURE_REF")), ("the coming quarters", .vague("FUTURE_REF")),
            ("the near term", .vague("FUTURE_REF")), ("the short term", .vague("FUTURE_REF")),
            ("year-end", .year(0)), ("year end", .year(0)), ("year 's end", .year(0)), ("year ’s end", .year(0)),
            ("these days", .vague("PRESENT_REF")), ("the year", .year(0)), ("the full year", .year(0)),
            ("the current year", .year(0)), ("the fiscal year", .year(0)),
            ("the current fiscal year", .year(0)), ("the weekend", .recentWeekend),
        ]
        // "the past year", "over the last month", "the coming week": the previous or next calendar
        // unit, as TimeML annotates them (only a count makes a length: "the past three years").
        for (words, offset) in [(["the past", "the last"], -1), (["the next", "the coming"], 1)] {
            for word in words {
                entries += [
                    ("\(word) week", .week(offset)), ("\(word) month", .month(offset)),
                    ("\(word) year", .year(offset)),
                ]
            }
        }
        for (word, offset) in [("last", -1), ("this", 0), ("next", 1)] {
            entries += [
                ("\(word) week", .week(offset)), ("\(word) weekend", .weekend(offset)),
                ("\(word) month", .month(offset)), ("\(word) year", .year(offset)),
            ]
        }
        for (word, offset) in [("this", 0), ("yesterday", -1), ("tomorrow", 1)] {
            for (name, part) in [("morning", DayPart.morning), ("afternoon", .afternoon), ("evening", .evening)] {
                entries.append(("\(word) \(name)", .dayPart(offset, part)))
            }
        }
        entries.append(("tomorrow night", .dayPart(1, .night)))
        // "mid-afternoon", "by mid morning", "mid-afternoon yesterday": that part of the day
        for (name, part) in [("morning", DayPart.morning), ("afternoon", .afternoon)] {
            for prefix in ["mid-", "mid "] {
                entries.append(("\(prefix)\(name)", .dayPart(0, part)))
                for (word, offset) in [("yesterday", -1), ("today", 0), ("tomorrow", 1)] {
                    entries.append(("\(prefix)\(name) \(word)", .dayPart(offset, part)))
                }
            }
        }
        return PhraseTable(entries)
    }()
}
