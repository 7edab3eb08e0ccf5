import ParallaxCore

/// Expressions joined by "or", "and" or commas share what only one of them says, as
/// Recognizers-Text reads them: weekdays listed with a weekday of a named week fall in that week
/// ("next week on Tuesday or Thursday", "monday, Thursday, Friday next week"), a week listed after a
/// weekday of a week takes that weekday ("Friday this week or next week"), bare days of the month
/// listed with a month's day fall in that month ("July 17th, 18th, or 19th", "the 22nd, 23rd or 31st
/// of March"), and a lone "this", "next" or "last" beside a week, month or year names one too ("this
/// week or next", "this or next week").
struct CoordinationComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with coordinated expressions completed.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?) -> [TimeMatch] {
        var output = matches
        for index in output.indices {
            if let monday = weekMonday(of: output[index], in: tokens) {
                spread(from: index, in: &output, tokens: tokens) { place(weekdayIn: monday, $0, in: tokens) }
            }
            if let day = output[index].days?.first, output[index].days?.last == day,
                output[index].tokens.contains(where: { MonthName.monthAnyCase(at: $0, in: tokens) != nil })
            {
                spread(from: index, in: &output, tokens: tokens) { place(dayOfMonthIn: day, $0, in: tokens) }
            }
        }
        guard let anchor else { return output }
        return elidedUnits(output, in: tokens, anchor: anchor)
    }

    /// Applies `place` to the matches linked to `output[index]` by list words, each way, while it applies.
    private func spread(
        from index: Int, in output: inout [TimeMatch], tokens: KeyedTokens, _ place: (TimeMatch) -> TimeMatch?
    ) {
        var next = index + 1
        while next < output.count, linked(output[next - 1], output[next], in: tokens), let placed = place(output[next]) {
            output[next] = placed
            next += 1
        }
        var previous = index - 1
        while previous >= 0, linked(output[previous], output[previous + 1], in: tokens), let placed = place(output[previous]) {
            output[previous] = placed
            previous -= 1
        }
    }

    /// The Monday of the week a weekday-of-a-week match ("next week on Tuesday", "Friday next week") names.
    private func weekMonday(of match: TimeMatch, in tokens: KeyedTokens) -> CalendarDate? {
        guard match.type == .date, match.tokens.count > 1, let day = match.days?.first, match.days?.last == day,
            match.tokens.contains(where: { tokens.isWord($0, Self.week) }),
            match.tokens.contains(where: { WeekdayName.weekdayAnyCase(at: $0, in: tokens) != nil })
        else { return nil }
        return day.adding(days: 1 - day.weekday)
    }

    /// A lone weekday moved into the week starting `monday`; a week ("next week") given the weekday of `monday`'s match.
    private func place(weekdayIn monday: CalendarDate, _ match: TimeMatch, in tokens: KeyedTokens) -> TimeMatch? {
        guard match.type == .date, match.tokens.count == 1,
            let weekday = WeekdayName.weekdayAnyCase(at: match.tokens.lowerBound, in: tokens)
        else { return nil }
        return moved(match, to: monday.adding(days: weekday - 1))
    }

    /// A bare day of the month ("18th", "the 22nd") moved into the month of `day`.
    private func place(dayOfMonthIn day: CalendarDate, _ match: TimeMatch, in tokens: KeyedTokens) -> TimeMatch? {
        let first = tokens.isWord(match.tokens.lowerBound, Self.the) ? match.tokens.lowerBound + 1 : match.tokens.lowerBound
        guard match.type == .date, first + 1 == match.tokens.upperBound, tokens.kind(first) == .alphanumeric,
            let number = Self.calendar.dayOfMonth(at: first, in: tokens),
            let date = CalendarDate(year: day.year, month: day.month, day: number)
        else { return nil }
        return moved(match, to: date)
    }

    private func moved(_ match: TimeMatch, to day: CalendarDate) -> TimeMatch {
        var moved = match
        let value = TimexFormat.day(day)
        moved.value = value.value
        moved.days = value.days
        moved.resolved = true
        return moved
    }

    /// Whether only list words (commas, "or", "and") lie between two matches, and at least one.
    private func linked(_ first: TimeMatch, _ second: TimeMatch, in tokens: KeyedTokens) -> Bool {
        let gap = first.tokens.upperBound..<second.tokens.lowerBound
        return !gap.isEmpty && gap.count <= 2 && RecognizersTextComposer.gap(gap, in: tokens, onlyFrom: Self.conjunctions)
    }

    /// "this week or next", "this or next week", "last year or next": the lone qualifier as a match of its own.
    private func elidedUnits(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate) -> [TimeMatch] {
        var output: [TimeMatch] = []
        for (position, match) in matches.enumerated() {
            let range = match.tokens
            guard range.count == 2, tokens.key(range.lowerBound).flatMap({ Self.shifts[$0] }) != nil,
                let unit = tokens.key(range.lowerBound + 1), Self.units.contains(unit)
            else {
                output.append(match)
                continue
            }
            // Before: "this or next week".
            let before = range.lowerBound - 2
            if tokens.isWord(range.lowerBound - 1, in: Self.conjunctions), let key = tokens.key(before),
                let shift = Self.shifts[key], (output.last?.tokens.upperBound ?? 0) <= before
            {
                output.append(period(unit, shift: shift, tokens: before..<before + 1, anchor: anchor))
            }
            output.append(match)
            // After: "this week or next".
            let after = range.upperBound + 1
            if tokens.isWord(range.upperBound, in: Self.conjunctions), let key = tokens.key(after), let shift = Self.shifts[key],
                tokens.kind(after + 1) != .word, position + 1 == matches.count || matches[position + 1].tokens.lowerBound > after
            {
                output.append(period(unit, shift: shift, tokens: after..<after + 1, anchor: anchor))
            }
        }
        return output
    }

    private func period(_ unit: WordKey, shift: Int, tokens range: Range<Int>, anchor: CalendarDate) -> TimeMatch {
        let found: (value: String, days: DayInterval)
        if unit == Self.week {
            found = TimexFormat.week(of: anchor.adding(days: 7 * shift))
        } else if unit == Self.month {
            found = TimexFormat.month(year: anchor.year, month: anchor.month + shift)
        } else {
            found = TimexFormat.year(anchor.year + shift)
        }
        return TimeMatch(tokens: range, type: .date, value: found.value, days: found.days)
    }

    private static let calendar = CalendarNumberRules()
    private static let the = WordKey.word("the")
    private static let week = WordKey.word("week")
    private static let month = WordKey.word("month")
    private static let units = WordKey.set(["week", "month", "year"])
    private static let conjunctions = WordKey.set(["or", "and"])
    private static let shifts: [WordKey: Int] = WordKey.table(["this": 0, "next": 1, "last": -1])
}
