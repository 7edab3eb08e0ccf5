import ParallaxCore

/// Joins an expression to the wider one it sits in, as Recognizers-Text does: a weekday in a week
/// ("friday this week", "tuesday of next week", "next week on friday"), a day of a month ("20th of
/// next month", "the 31st of this month"), a month, quarter or season in a year ("june next year",
/// "Q3 this year", "2016 the third quarter"), and a week of a month or year ("the third week of
/// this month"). The value places the narrower expression in the wider one where the two values
/// allow it (`2016-11-18`, `2017-06`, `2016-Q3`); otherwise it stays the narrower one's. An "on"
/// before a weekday of next week joins the span ("on friday next week"), and a day, month or range
/// of them takes the year after "in" ("28 june in 2020").
struct NestComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with each expression joined to the wider one it sits in.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        RecognizersTextComposer.joiningNeighbours(matches) { join($0, $1, in: tokens) }
    }

    private func join(_ first: TimeMatch, _ second: TimeMatch, in tokens: KeyedTokens) -> TimeMatch? {
        let gap = first.tokens.upperBound..<second.tokens.lowerBound
        if let dated = inYear(first, second, gap: gap, in: tokens) { return dated }
        guard gap.count <= 1, RecognizersTextComposer.gap(gap, in: tokens, onlyFrom: Self.links),
            first.type == .date, second.type == .date, !first.value.hasPrefix("("), !second.value.hasPrefix("(")
        else { return nil }
        let of = gap.count == 1 && tokens.isWord(gap.lowerBound, Self.of)
        var value: String?
        if let day = weekdayDay(first, in: tokens), let week = Self.week(second.value) {
            value = week.adding(days: day.weekday - 1).description
        } else if let day = weekdayDay(second, in: tokens), let week = Self.week(first.value), !of {
            value = week.adding(days: day.weekday - 1).description
        } else if let day = CalendarDate(iso: first.value), let month = Self.month(second.value) {
            value = CalendarDate(year: month.year, month: month.month, day: day.day)?.description
            if value == nil { return nil }
        } else if let year = Self.year(second.value), let inner = Self.yearless(first.value) {
            value = year + inner
        } else if let year = Self.year(first.value), let inner = Self.yearless(second.value), !of {
            value = year + inner
        } else if first.value.contains("-W"), Self.month(second.value) != nil || Self.year(second.value) != nil, of {
            value = first.value
        } else {
            return nil
        }
        guard let value else { return nil }
        var joined = first
        var start = first.tokens.lowerBound
        // "on friday next week": the "on" before a weekday of next week joins, as in Recognizers-Text.
        if tokens.isWord(start - 1, Self.on), weekdayDay(first, in: tokens) != nil,
            second.tokens.contains(where: { tokens.isWord($0, Self.next) })
        {
            start -= 1
        }
        joined.tokens = start..<second.tokens.upperBound
        joined.value = value
        if let day = CalendarDate(iso: value) { joined.days = DayInterval(day: day) }
        return joined
    }

    /// A day, month or range of them followed by "in" and a year takes that year: "28 june in 2020",
    /// "from april to June in 2017".
    private func inYear(_ first: TimeMatch, _ second: TimeMatch, gap: Range<Int>, in tokens: KeyedTokens) -> TimeMatch? {
        guard gap.count == 1, tokens.isWord(gap.lowerBound, Self.in), first.type == .date, second.type == .date,
            let year = Self.year(second.value)
        else { return nil }
        let value: String
        if let range = TimexRange(first.value) {
            guard let start = Self.replacingYear(range.start, with: year), let end = Self.replacingYear(range.end, with: year)
            else { return nil }
            value = TimexRange(start: start, end: end, duration: range.duration).description
        } else {
            guard let dated = Self.replacingYear(first.value, with: year) else { return nil }
            value = dated
        }
        var joined = first
        joined.tokens = first.tokens.lowerBound..<second.tokens.upperBound
        joined.value = value
        joined.resolved = true
        if let day = CalendarDate(iso: value) {
            joined.days = DayInterval(day: day)
        } else if let range = TimexRange(value), let a = CalendarDate(iso: range.start), let b = CalendarDate(iso: range.end), b >= a {
            joined.days = DayInterval(first: a, last: b)
        }
        return joined
    }

    /// A `YYYY-MM-DD` or `YYYY-MM` value (or one with `XXXX`) in another year.
    private static func replacingYear(_ value: String, with year: String) -> String? {
        guard value.count == 10 || value.count == 7, value.dropFirst(4).first == "-",
            value.prefix(4) == "XXXX" || Int(value.prefix(4)) != nil
        else { return nil }
        return year + value.dropFirst(4)
    }

    /// The day of an expression that names a weekday ("friday", "this friday").
    private func weekdayDay(_ match: TimeMatch, in tokens: KeyedTokens) -> CalendarDate? {
        guard let day = CalendarDate(iso: match.value),
            match.tokens.contains(where: { WeekdayName.weekdayAnyCase(at: $0, in: tokens) != nil })
        else { return nil }
        return day
    }

    /// The Monday of an ISO week value (`2016-W46`).
    private static func week(_ value: String) -> CalendarDate? {
        guard value.count == 8, let year = Int(value.prefix(4)), value.dropFirst(4).hasPrefix("-W"),
            let week = Int(value.suffix(2)), let january4 = CalendarDate(year: year, month: 1, day: 4)
        else { return nil }
        return january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
    }

    /// Year and month of a `YYYY-MM` value.
    private static func month(_ value: String) -> (year: Int, month: Int)? {
        guard value.count == 7, let year = Int(value.prefix(4)), let month = Int(value.suffix(2)) else { return nil }
        return (year, month)
    }

    /// A `YYYY` value.
    private static func year(_ value: String) -> String? {
        value.count == 4 && Int(value) != nil ? value : nil
    }

    /// A value within some year, less its year (`-06` of `XXXX-06`, `-Q3` of `2016-Q3`); days are left alone.
    private static func yearless(_ value: String) -> Substring? {
        guard value.count > 4, value.count < 10, value.dropFirst(4).first == "-" else { return nil }
        let year = value.prefix(4)
        guard year == "XXXX" || Int(year) != nil else { return nil }
        return value.dropFirst(4)
    }

    private static let links = WordKey.set(["of", "on"])
    private static let of = WordKey.word("of")
    private static let on = WordKey.word("on")
    private static let `in` = WordKey.word("in")
    private static let next = WordKey.word("next")
}
