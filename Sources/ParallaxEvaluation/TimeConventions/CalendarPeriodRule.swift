import ParallaxCore

/// Weeks, weekends, months and years named from the document date the ways requests name them:
/// "the rest of the week" (`(2016-11-07,2016-11-13,P6D)`, the document date to the period's last
/// day), "end of month", "beginning of next week", "EOY", "earlier in the week", "later in the year",
/// "the year to date" (the whole period), "the day before", "rest of my month", "the day", "my day", "this day" and "tmrw" (days), "the week after next", "the year after the next", "the same week",
/// "that weekend", "my week", "the week", "current week", "coming week", "upcoming month", and a
/// bare "weekend" or "the weekend" (this week's, where TimeML news reading takes the latest one).
///
/// "the same month", "that year" and the other anaphoric forms take the document date's period.
/// A "the" before "coming" or "upcoming" stays out of the span, as in Recognizers-Text.
///
/// Used only in `TimeConvention.recognizersText`.
struct CalendarPeriodRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let anchor else { return nil }
        return rest(at: index, in: tokens, anchor: anchor) ?? edge(at: index, in: tokens, anchor: anchor)
            ?? part(at: index, in: tokens, anchor: anchor) ?? named(at: index, in: tokens, anchor: anchor)
    }

    /// "earlier in the week", "later in the year", "the year to date": the document date's period.
    private func part(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        let unit: Unit
        let range: Range<Int>
        if tokens.isWord(index, in: Self.relatives), tokens.isWord(index + 1, Self.in), tokens.isWord(index + 2, Self.the),
            let named = tokens.key(index + 3).flatMap({ Self.units[$0] }), named != .day, named != .weekend
        {
            (unit, range) = (named, index..<index + 4)
        } else {
            let start = tokens.isWord(index, Self.the) ? index + 1 : index
            guard tokens.isWord(start, Self.yearWord), tokens.isWord(start + 1, Self.to), tokens.isWord(start + 2, Self.date)
            else { return nil }
            (unit, range) = (.year, start..<start + 3)
        }
        let found = period(unit, shifted: 0, anchor: anchor)
        return TimeMatch(tokens: range, type: .date, value: found.value, days: found.days)
    }

    /// "end of month", "the end of the week", "beginning of next week", "middle of 2000", "EOY": the
    /// whole period, as Recognizers-Text values it; a "the" before "end" stays out of the span
    /// (except after "since").
    private func edge(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        if let key = tokens.key(index), let unit = Self.abbreviations[key] {
            let found = period(unit, shifted: 0, anchor: anchor)
            return TimeMatch(tokens: index..<index + 1, type: .date, value: found.value, days: found.days)
        }
        let start = tokens.isWord(index, Self.the) && !tokens.isWord(index - 1, Self.since) ? index + 1 : index
        guard tokens.isWord(start, in: Self.edges), tokens.isWord(start + 1, Self.of) else { return nil }
        var position = start + 2
        var shift = 0
        if let key = tokens.key(position), let step = Self.steps[key] {
            shift = step
            position += 1
        }
        if position == start + 2, let year = CalendarNumberRules().writtenYear(at: position, in: tokens) {
            let found = TimexFormat.year(year)
            return TimeMatch(tokens: start..<position + 1, type: .date, value: found.value, days: found.days)
        }
        guard let unit = tokens.key(position).flatMap({ Self.units[$0] }), unit != .day, unit != .weekend else {
            return nil
        }
        let found = period(unit, shifted: shift, anchor: anchor)
        return TimeMatch(tokens: start..<position + 1, type: .date, value: found.value, days: found.days)
    }

    /// "rest of the week", "rest of my month", "rest this week", "the rest of the year".
    private func rest(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        var position = index
        guard tokens.isWord(position, Self.rest) else { return nil }
        position += 1
        if tokens.isWord(position, Self.of) { position += 1 }
        if tokens.isWord(position, in: Self.determiners) { position += 1 }
        guard let unit = tokens.key(position).flatMap({ Self.units[$0] }), unit != .weekend, unit != .day else {
            return nil
        }
        let last = period(unit, shifted: 0, anchor: anchor).days.last
        // Recognizers-Text counts the rest of a week to its Sunday, of a month or year through its last day.
        let length = last.dayNumber - anchor.dayNumber + (unit == .week ? 0 : 1)
        let value = TimexRange(start: anchor.description, end: last.description, duration: "P\(length)D").description
        return TimeMatch(tokens: index..<position + 1, type: .date, value: value, days: DayInterval(first: anchor, last: last))
    }

    /// "the week after next", "the same month", "that year", "my week", "coming week", "weekend".
    private func named(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        if tokens.isWord(index, Self.tmrw) {
            let day = TimexFormat.day(anchor.adding(days: 1))
            return TimeMatch(tokens: index..<index + 1, type: .date, value: day.value, days: day.days)
        }
        let hasThe = tokens.isWord(index, Self.the)
        var position = hasThe ? index + 1 : index
        var start = index
        var shift = 0
        var leadKey: WordKey?
        if let key = tokens.key(position), let lead = Self.leads[key] {
            leadKey = key
            shift = lead
            if hasThe { start = position }  // "the same week", "the coming week" span from "same", "coming".
            position += 1
        } else if !hasThe, !tokens.isWord(position, Self.weekend) {
            guard tokens.isWord(index, Self.this), tokens.isWord(index + 1, Self.day) else { return nil }
            position += 1  // "this day".
        }
        guard let unit = tokens.key(position).flatMap({ Self.units[$0] }) else { return nil }
        if hasThe, leadKey == nil, tokens.isWord(index - 1, Self.of) { return nil }  // "employee of the week".
        if tokens.kind(position + 1) == .number { return nil }  // "the week 31".
        if unit == .day {
            // "the day", "my day", "this day"; not "the day after tomorrow" nor "that day".
            guard leadKey == nil || leadKey == Self.my else { return nil }
            if hasThe, let side = tokens.key(position + 1).flatMap({ Self.sides[$0] }) {
                // "the day before", "the day after" ending the phrase: the day before or after the document date.
                guard tokens.kind(position + 2) != .word, tokens.kind(position + 2) != .number else { return nil }
                let day = TimexFormat.day(anchor.adding(days: side))
                return TimeMatch(tokens: index..<position + 2, type: .date, value: day.value, days: day.days)
            }
            guard !tokens.isWord(position + 1, in: Self.dayLinks) else { return nil }
        }
        if hasThe, start == index, position == index + 1, unit == .year, !tokens.isWord(position + 1, Self.after) {
            return nil  // "the year" alone is RelativeDateRule's.
        }
        var end = position + 1
        if hasThe, start == index, position == index + 1, tokens.isWord(end, Self.after) {
            let next = tokens.isWord(end + 1, Self.the) ? end + 2 : end + 1
            if tokens.isWord(next, Self.next) {
                shift = 2
                end = next + 1
            }
        }
        let found = period(unit, shifted: shift, anchor: anchor)
        return TimeMatch(tokens: start..<end, type: .date, value: found.value, days: found.days)
    }

    /// The week, weekend, month or year `shift` periods from the document date's.
    private func period(_ unit: Unit, shifted shift: Int, anchor: CalendarDate) -> (value: String, days: DayInterval) {
        switch unit {
        case .day: TimexFormat.day(anchor.adding(days: shift))
        case .week: TimexFormat.week(of: anchor.adding(days: 7 * shift))
        case .weekend: TimexFormat.weekend(of: anchor.adding(days: 7 * shift))
        case .month: TimexFormat.month(year: anchor.year, month: anchor.month + shift)
        case .year: TimexFormat.year(anchor.year + shift)
        }
    }

    /// The periods these phrases name.
    private enum Unit {
        case day, week, weekend, month, year
    }

    private static let rest = WordKey.word("rest")
    private static let relatives = WordKey.set(["earlier", "later"])
    private static let `in` = WordKey.word("in")
    private static let yearWord = WordKey.word("year")
    private static let to = WordKey.word("to")
    private static let date = WordKey.word("date")
    private static let since = WordKey.word("since")
    private static let edges = WordKey.set(["end", "beginning", "start", "middle"])
    private static let steps: [WordKey: Int] = WordKey.table(["the": 0, "this": 0, "next": 1, "last": -1])
    private static let sides: [WordKey: Int] = WordKey.table(["before": -1, "after": 1])
    private static let abbreviations: [WordKey: Unit] = WordKey.table(["eoy": .year, "eom": .month, "eow": .week])
    private static let tmrw = WordKey.word("tmrw")
    private static let my = WordKey.word("my")
    private static let this = WordKey.word("this")
    private static let day = WordKey.word("day")
    private static let dayLinks = WordKey.set(["after", "before", "of"])
    private static let of = WordKey.word("of")
    private static let the = WordKey.word("the")
    private static let after = WordKey.word("after")
    private static let next = WordKey.word("next")
    private static let weekend = WordKey.word("weekend")
    private static let determiners = WordKey.set(["the", "my", "this", "current"])
    private static let leads: [WordKey: Int] = WordKey.table([
        "same": 0, "that": 0, "my": 0, "current": 0, "coming": 1, "upcoming": 1,
    ])
    private static let units: [WordKey: Unit] = WordKey.table([
        "day": .day, "week": .week, "weekend": .weekend, "month": .month, "year": .year,
    ])
}
