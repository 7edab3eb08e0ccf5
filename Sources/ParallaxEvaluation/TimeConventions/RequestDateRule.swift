import ParallaxCore

/// Days of a month written the ways requests write them, which Recognizers-Text reads as one
/// date but news annotation does not: a month with a day in words ("jan first", "may twenty one",
/// "september the twenty-first"), a day in words before its month ("fourth of may", "twenty second
/// of june"), a month glued or joined to its day ("april22", "22april", "oct/2", "october. 2",
/// "october, 1st", "16. nov."), a month with a two-digit year ("August 99") or a joined one ("Dec/2018", "dec-2018"), each with an optional year after it in digits or words ("june 2017",
/// ", 2018", "two thousand and eighteen", "nineteen seventy eight"), and a weekday before any of
/// them ("monday, jan twenty two, 2018", "this friday june 22") when it is that day's weekday, which
/// joins the span but not the value.
///
/// A day with a year is that day; without one it takes the year `MonthDayResolver` picks.
/// A day in words leaves a "the" before it out of the span ("on the tenth of september" spans
/// "tenth of september"), as Recognizers-Text does.
///
/// Used only in `TimeConvention.recognizersText`.
struct RequestDateRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let led = tokens.isWord(index, in: Self.weekdayLeads) ? 1 : 0
        let weekday = WeekdayName.weekdayAnyCase(at: index + led, in: tokens)
        var position = index
        var spanStart = index
        if weekday != nil {
            position += led + (tokens.isPunctuation(index + led + 1, 0x2C) ? 2 : 1)
        } else if tokens.isWord(index, Self.the), OrdinalDayWords.day(at: index + 1, in: tokens, allowCardinal: false) != nil {
            position += 1
            spanStart = position  // "the tenth of september" spans from "tenth".
        } else if tokens.isWord(index, Self.the), Self.calendar.dayOfMonth(at: index + 1, in: tokens) != nil {
            position += 1  // "the 9th of may" keeps its "the".
        }
        if weekday == nil, let month = monthAndShortYear(at: position, in: tokens) { return month }
        guard let date = monthFirst(at: position, in: tokens) ?? dayFirst(at: position, in: tokens) else { return nil }
        let year = year(after: date.end, in: tokens)
        guard
            let match = MonthDayResolver.match(
                month: date.month, day: date.day, year: year?.value, tokens: spanStart..<(year?.end ?? date.end),
                in: tokens, anchor: anchor)
        else { return nil }
        // A weekday joins only the day it names: "friday june 22" when June 22 is a Friday.
        if let weekday, let days = match.days, days.first.weekday != weekday { return nil }
        return match
    }

    /// "August 99": a month and a two-digit year that cannot be a day (19xx from 50, else 20xx).
    private func monthAndShortYear(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        if let joined = monthJoinedToYear(at: index, in: tokens) { return joined }
        guard let month = MonthName.monthAnyCase(at: index, in: tokens), !tokens.isWord(index, Self.may) || tokens.isCapitalized(index),
            tokens.kind(index + 1) == .number, tokens.bytes(index + 1).count == 2,
            let short = Int(value: tokens.bytes(index + 1)), short > 31, tokens.kind(index + 2) != .word
        else { return nil }
        let value = TimexFormat.month(year: short + (short < 50 ? 2000 : 1900), month: month)
        return TimeMatch(tokens: index..<index + 2, type: .date, value: value.value, days: value.days)
    }

    /// "Dec/2018", "dec-2018": a month and a four-digit year joined by a slash or a hyphen.
    private func monthJoinedToYear(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let month: Int
        let year: Int
        let end: Int
        if let named = MonthName.monthAnyCase(at: index, in: tokens), tokens.isPunctuation(index + 1, 0x2F),
            tokens.gap(index + 1) == TokenGap.none, tokens.gap(index + 2) == TokenGap.none,
            let written = Self.calendar.writtenYear(at: index + 2, in: tokens)
        {
            (month, year, end) = (named, written, index + 3)
        } else {
            let parts = tokens.bytes(index).split(separator: 0x2D, omittingEmptySubsequences: false)
            guard parts.count == 2, let named = MonthName.month(key: WordKey(bytes: parts[0])), parts[1].count == 4,
                let written = Int(value: parts[1]), (1000...2199).contains(written)
            else { return nil }
            (month, year, end) = (named, written, index + 1)
        }
        let value = TimexFormat.month(year: year, month: month)
        return TimeMatch(tokens: index..<end, type: .date, value: value.value, days: value.days)
    }

    /// "jan first", "may the eleventh", "april22", "oct/2", "october. 2", "october, 1st".
    private func monthFirst(at index: Int, in tokens: KeyedTokens) -> (month: Int, day: Int, end: Int)? {
        if tokens.kind(index) == .alphanumeric, let glued = glued(tokens.bytes(index)) {
            return (glued.month, glued.day, index + 1)
        }
        guard let month = MonthName.monthAnyCase(at: index, in: tokens) else { return nil }
        var next = index + 1
        let joined = tokens.isPunctuation(next, 0x2F) || tokens.isPunctuation(next, 0x2C) || tokens.kind(next) == .terminal
        if joined, tokens.bytes(next).count == 1 { next += 1 }
        if tokens.isWord(next, Self.the) { next += 1 }
        let verb = next == index + 1 && tokens.isWord(index, Self.may) && !tokens.isCapitalized(index)
        if let words = OrdinalDayWords.day(at: next, in: tokens, allowCardinal: true) {
            let ordinal = OrdinalDayWords.day(at: next, in: tokens, allowCardinal: false) != nil
            guard !verb || ordinal || words.end > next + 1 else { return nil }  // "may one day" is a verb.
            return (month, words.value, words.end)
        }
        guard !verb, let day = Self.calendar.dayOfMonth(at: next, in: tokens) else { return nil }
        return (month, day, next + 1)
    }

    /// "fourth of may", "twenty second of june", "22april", "16. nov.", "4th of march".
    private func dayFirst(at index: Int, in tokens: KeyedTokens) -> (month: Int, day: Int, end: Int)? {
        if tokens.kind(index) == .alphanumeric, let glued = glued(tokens.bytes(index)) {
            return (glued.month, glued.day, index + 1)
        }
        let day: Int
        var next: Int
        if let words = OrdinalDayWords.day(at: index, in: tokens, allowCardinal: false) {
            (day, next) = (words.value, words.end)
        } else if let digits = Self.calendar.dayOfMonth(at: index, in: tokens) {
            (day, next) = (digits, index + 1)
            if tokens.kind(next) == .terminal, tokens.bytes(next).count == 1, tokens.gap(next) == TokenGap.none { next += 1 }
        } else {
            return nil
        }
        if tokens.isWord(next, Self.of) { next += 1 }
        guard let month = MonthName.monthAnyCase(at: next, in: tokens) else { return nil }
        return (month, day, next + 1)
    }

    /// A month and day written as one token, either way round: "april22", "oct2", "22april".
    private func glued(_ bytes: ArraySlice<UInt8>) -> (month: Int, day: Int)? {
        guard let split = bytes.firstIndex(where: { ($0 >= 0x30 && $0 <= 0x39) != ((bytes.first ?? 0) >= 0x30 && (bytes.first ?? 0) <= 0x39) })
        else { return nil }
        let head = bytes[bytes.startIndex..<split]
        let tail = bytes[split...]
        let lettersFirst = !((bytes.first ?? 0) >= 0x30 && (bytes.first ?? 0) <= 0x39)
        let (letters, digits) = lettersFirst ? (head, tail) : (tail, head)
        guard digits.count <= 2, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let day = Int(value: digits),
            (1...31).contains(day), let month = MonthName.month(key: WordKey(bytes: letters))
        else { return nil }
        return (month, day)
    }

    /// A year after a date, after an optional comma: four digits, or spoken ("two thousand and eighteen").
    private func year(after index: Int, in tokens: KeyedTokens) -> (value: Int, end: Int)? {
        let position = tokens.isPunctuation(index, 0x2C) ? index + 1 : index
        if let year = Self.calendar.writtenYear(at: position, in: tokens) { return (year, position + 1) }
        return SpokenYearRule.spokenYear(at: position, in: tokens)
    }

    private static let calendar = CalendarNumberRules()
    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let may = WordKey.word("may")
    private static let weekdayLeads = WordKey.set(["this", "next", "last", "coming"])
}
