import ParallaxCore

/// Joins a day and a time of day on it into one expression, as Recognizers-Text does: "8pm today",
/// "tomorrow 8:00am", "October 14, 8:00am", "7:00 on Sunday afternoon", "3pm on Sun", and a day
/// followed by "at" and a bare hour ("tonight at 7", "this morning at seven", "Oct. 23 at seven"),
/// a bare hour before a part of a day ("7, this morning"), and a year after a date and time.
///
/// The value is the day's date with the clock reading (`2016-11-08T20:00`); an hour below 12 on an
/// afternoon, evening or night ("tonight at 7") is read after noon.
struct DayTimeComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with each day and the time on it joined.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        var output: [TimeMatch] = []
        for (position, original) in matches.enumerated() {
            let floor = output.last?.tokens.upperBound ?? 0
            let ceiling = position + 1 < matches.count ? matches[position + 1].tokens.lowerBound : tokens.count
            let match =
                dayNumber(around: original, floor: floor, ceiling: ceiling, in: tokens)
                ?? hourBefore(original, floor: floor, in: tokens) ?? original
            if let last = output.last, let dated = Self.yearAfter(last, match) {
                output[output.count - 1] = dated
            } else if let last = output.last, let joined = join(last, match, in: tokens) {
                output[output.count - 1] = joined
            } else if let last = output.last, let joined = attachHour(to: last, before: match, in: tokens) {
                output[output.count - 1] = joined
                output.append(match)
            } else {
                output.append(match)
            }
        }
        if let last = output.last, let joined = attachHour(to: last, before: nil, in: tokens) {
            output[output.count - 1] = joined
        }
        return output
    }

    /// `first` and `second` as one expression when one is a day and the other a clock time and
    /// only joining words ("at", "on", ",") stand between them.
    private func join(_ first: TimeMatch, _ second: TimeMatch, in tokens: KeyedTokens) -> TimeMatch? {
        let gap = first.tokens.upperBound..<second.tokens.lowerBound
        guard gap.count <= 2, RecognizersTextComposer.gap(gap, in: tokens, onlyFrom: Self.joiners) else { return nil }
        let (day, clock): (TimeMatch, TimeMatch)
        if Self.isClock(second), Self.isDay(first) {
            (day, clock) = (first, second)
        } else if Self.isClock(first), Self.isDay(second), !tokens.isPunctuation(gap.lowerBound, 0x2D) {
            (day, clock) = (second, first)
        } else {
            return nil
        }
        let reading = TimexInstant(clock.value)
        guard let minutes = reading.minutes else { return nil }
        let part = TimexInstant(day.value).dayPart
        return Self.timed(
            day, minutes: minutes, second: reading.second, dayPart: part,
            tokens: first.tokens.lowerBound..<second.tokens.upperBound)
    }

    /// A bare hour and a comma before a part of a day that dates it: "7, this morning" (`T07`),
    /// "10, tonight" (`T22`).
    private func hourBefore(_ day: TimeMatch, floor: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let comma = day.tokens.lowerBound - 1
        guard Self.isDay(day), day.type == .time, let part = TimexInstant(day.value).dayPart,
            tokens.isPunctuation(comma, 0x2C)
        else { return nil }
        for start in stride(from: comma - 1, through: max(comma - 2, floor), by: -1) {
            guard let hour = BareNumber.read(at: start, in: tokens), hour.tokens.upperBound == comma,
                (1...12).contains(hour.value)
            else { continue }
            return Self.timed(day, minutes: hour.value * 60, dayPart: part, tokens: start..<day.tokens.upperBound)
        }
        return nil
    }

    /// A date and time with its year written after the time ("Wed Oct 26 15:50:06 2016"), moved to that year.
    private static func yearAfter(_ moment: TimeMatch, _ year: TimeMatch) -> TimeMatch? {
        guard moment.tokens.upperBound == year.tokens.lowerBound, isClock(moment), year.type == .date,
            year.value.count == 4, let number = Int(year.value), let day = TimexInstant(moment.value).day,
            let time = TimexInstant.timePart(moment.value),
            let moved = CalendarDate(year: number, month: day.month, day: day.day)
        else { return nil }
        var dated = moment
        dated.tokens = moment.tokens.lowerBound..<year.tokens.upperBound
        dated.value = moved.description + "T" + time
        dated.days = DayInterval(day: moved)
        return dated
    }

    /// A clock time joined to a bare day of the month named with "on" around it: "on 15 at 8:00",
    /// "on 15, 8pm", "8pm on 15", "seven on 15". The day is the document month's (`XXXX-XX-15` when
    /// the clock time has no date); the span leaves the first "on" out.
    private func dayNumber(around clock: TimeMatch, floor: Int, ceiling: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard Self.isClock(clock), let time = TimexInstant.timePart(clock.value) else { return nil }
        let lower = clock.tokens.lowerBound
        let upper = clock.tokens.upperBound
        var day: BareNumber?
        var span = clock.tokens
        if tokens.isWord(lower - 1, Self.at) || tokens.isPunctuation(lower - 1, 0x2C) {
            for start in stride(from: lower - 2, through: max(lower - 3, floor), by: -1) {
                guard let number = BareNumber.read(at: start, in: tokens), number.tokens.upperBound == lower - 1,
                    tokens.isWord(start - 1, Self.on), (1...31).contains(number.value)
                else { continue }
                day = number
                span = start..<upper
            }
        }
        if day == nil, tokens.isWord(upper, Self.on), let number = BareNumber.read(at: upper + 1, in: tokens),
            (1...31).contains(number.value), number.tokens.upperBound <= ceiling,
            tokens.kind(number.tokens.upperBound) != .word || !Self.continuesDate(number.tokens.upperBound, in: tokens)
        {
            day = number
            span = lower..<number.tokens.upperBound
        }
        guard let day else { return nil }
        let date = TimexInstant(clock.value).day
        var joined = clock
        joined.tokens = span
        if let date, let dated = CalendarDate(year: date.year, month: date.month, day: day.value) {
            joined.value = dated.description + "T" + time
            joined.days = DayInterval(day: dated)
        } else {
            joined.value = "XXXX-XX-" + CalendarDate.pad(day.value, 2) + "T" + time
            joined.days = nil
            joined.resolved = false
        }
        return joined
    }

    /// Whether the word at `index` carries a date on after a day number ("15 May", "15th of").
    private static func continuesDate(_ index: Int, in tokens: KeyedTokens) -> Bool {
        MonthName.monthAnyCase(at: index, in: tokens) != nil || tokens.isWord(index, Self.of)
    }

    /// `day` extended by "at" (or "around") and a bare hour right after it ("tonight at 7").
    private func attachHour(to day: TimeMatch, before next: TimeMatch?, in tokens: KeyedTokens) -> TimeMatch? {
        guard Self.isDay(day), tokens.isWord(day.tokens.upperBound, in: Self.hourCues),
            let hour = BareNumber.read(at: day.tokens.upperBound + 1, in: tokens), (1...12).contains(hour.value)
        else { return nil }
        if let next, next.tokens.lowerBound < hour.tokens.upperBound { return nil }
        let part = TimexInstant(day.value).dayPart
        return Self.timed(
            day, minutes: hour.value * 60, dayPart: part, tokens: day.tokens.lowerBound..<hour.tokens.upperBound)
    }

    /// The day's date at `minutes` (and `second`) past midnight, read after noon on an afternoon,
    /// evening or night.
    private static func timed(
        _ day: TimeMatch, minutes: Int, second: Int? = nil, dayPart: String?, tokens: Range<Int>
    ) -> TimeMatch {
        var minutes = minutes
        if let dayPart, ["AF", "EV", "NI"].contains(dayPart), minutes < 12 * 60 { minutes += 12 * 60 }
        let date = TimexInstant.datePart(day.value)
        return TimeMatch(
            tokens: tokens, type: .time, value: date + "T" + TimexInstant.clock(minutes, second: second), days: day.days,
            resolved: day.resolved)
    }

    /// Whether `match` is a clock time ("8pm", "20 min past eight").
    static func isClock(_ match: TimeMatch) -> Bool {
        match.type == .time && TimexInstant(match.value).minutes != nil
    }

    /// Whether `match` names one day, or a part of one ("today", "next sunday", "this evening").
    static func isDay(_ match: TimeMatch) -> Bool {
        let instant = TimexInstant(match.value)
        guard instant.minutes == nil else { return false }
        if match.type == .date { return instant.day != nil || match.value.hasPrefix("XXXX-WXX-") }
        return match.type == .time && instant.dayPart != nil && TimexInstant.datePart(match.value).count == 10
    }

    private static let joiners = WordKey.set(["at", "on", "around", "for", "-"])
    private static let hourCues = WordKey.set(["at", "around"])
    private static let at = WordKey.word("at")
    private static let on = WordKey.word("on")
    private static let of = WordKey.word("of")
}
