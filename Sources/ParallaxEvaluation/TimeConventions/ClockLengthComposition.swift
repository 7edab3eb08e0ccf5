import ParallaxCore

/// Joins a clock time and a length in hours or minutes that runs from it into one range, as
/// Recognizers-Text does: "from CLOCK for LENGTH" ("from 2pm for 2 hours", "from 9 for 2.5 hrs")
/// and "for LENGTH from CLOCK" ("for 3 hours from 10 am"); "at 2pm for 1 hr" stays two expressions.
/// After "from", a bare hour is a clock time, and a day right before the range dates it ("14th Feb
/// from 9:30am for 7 hours").
///
/// The value is a `TimexRange` from the clock time to the time the length reaches:
/// `(2016-11-07T14:00,2016-11-07T16:00:00,PT2H)`.
struct ClockLengthComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with each clock time and the length that runs from it joined.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?) -> [TimeMatch] {
        var output: [TimeMatch] = []
        var index = 0
        while index < matches.count {
            let match = matches[index]
            guard Self.isClockLength(match) else {
                output.append(match)
                index += 1
                continue
            }
            let floor = output.last?.tokens.upperBound ?? 0
            if let start = clockBefore(match, last: output.last, floor: floor, in: tokens, anchor: anchor) {
                if start.replacesLast { output.removeLast() }
                if let range = dated(start.clock, length: match, first: start.first, after: output.last),
                    let built = Self.range(
                        from: range.clock, length: match, tokens: range.first..<match.tokens.upperBound)
                {
                    if range.first < start.first { output.removeLast() }
                    output.append(built)
                    index += 1
                    continue
                }
                if start.replacesLast { output.append(start.clock) }
            }
            let following = index + 1 < matches.count ? matches[index + 1] : nil
            if let start = clockAfter(match, next: following, floor: floor, in: tokens, anchor: anchor),
                let range = dated(start.clock, length: match, first: match.tokens.lowerBound - 1, after: output.last),
                let built = Self.range(from: range.clock, length: match, tokens: range.first..<start.end)
            {
                if range.first < match.tokens.lowerBound - 1 { output.removeLast() }
                output.append(built)
                index += start.usesNext ? 2 : 1
                continue
            }
            output.append(match)
            index += 1
        }
        return output
    }

    /// The clock time put on the day right before the range ("14th Feb from 9:30am for 7 hours"),
    /// and where the range then starts; the clock time itself when no day comes first.
    private func dated(_ clock: TimeMatch, length: TimeMatch, first: Int, after last: TimeMatch?)
        -> (clock: TimeMatch, first: Int)?
    {
        guard let last, last.tokens.upperBound == first, DayTimeComposition.isDay(last), last.type == .date,
            let time = TimexInstant.timePart(clock.value)
        else { return (clock, first) }
        var moved = clock
        moved.value = TimexInstant.datePart(last.value) + "T" + time
        moved.days = last.days
        moved.resolved = last.resolved
        return (moved, last.tokens.lowerBound)
    }

    /// The clock time before "for LENGTH" and after "from": the previous match or a bare hour.
    private func clockBefore(
        _ length: TimeMatch, last: TimeMatch?, floor: Int, in tokens: KeyedTokens, anchor: CalendarDate?
    ) -> (clock: TimeMatch, first: Int, replacesLast: Bool)? {
        let forIndex = length.tokens.lowerBound - 1
        guard tokens.isWord(forIndex, Self.for) else { return nil }
        if let last, last.tokens.upperBound == forIndex, DayTimeComposition.isClock(last) {
            guard tokens.isWord(last.tokens.lowerBound - 1, Self.from) else { return nil }
            return (last, last.tokens.lowerBound - 1, true)
        }
        guard let hour = bareHour(endingAt: forIndex, in: tokens, anchor: anchor),
            tokens.isWord(hour.tokens.lowerBound - 1, Self.from), hour.tokens.lowerBound - 1 >= floor
        else { return nil }
        return (hour, hour.tokens.lowerBound - 1, false)
    }

    /// The clock time after "for LENGTH from": the next match or a bare hour.
    private func clockAfter(
        _ length: TimeMatch, next: TimeMatch?, floor: Int, in tokens: KeyedTokens, anchor: CalendarDate?
    ) -> (clock: TimeMatch, end: Int, usesNext: Bool)? {
        let fromIndex = length.tokens.upperBound
        guard tokens.isWord(length.tokens.lowerBound - 1, Self.for), length.tokens.lowerBound - 1 >= floor,
            tokens.isWord(fromIndex, Self.from)
        else { return nil }
        if let next, next.tokens.lowerBound == fromIndex + 1, DayTimeComposition.isClock(next) {
            return (next, next.tokens.upperBound, true)
        }
        if let next, next.tokens.lowerBound <= fromIndex + 1 { return nil }
        guard let number = BareNumber.read(at: fromIndex + 1, in: tokens), (0...23).contains(number.value) else {
            return nil
        }
        let hour = Self.hour(number, anchor: anchor)
        return (hour, hour.tokens.upperBound, false)
    }

    /// A bare hour whose last token is just before `end`.
    private func bareHour(endingAt end: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        for start in stride(from: end - 1, through: max(end - 2, 0), by: -1) {
            if let number = BareNumber.read(at: start, in: tokens), number.tokens.upperBound == end,
                (0...23).contains(number.value)
            {
                return Self.hour(number, anchor: anchor)
            }
        }
        return nil
    }

    private static func hour(_ number: BareNumber, anchor: CalendarDate?) -> TimeMatch {
        let day = anchor.map { TimexFormat.day($0) }
        return TimeMatch(
            tokens: number.tokens, type: .time,
            value: TimexFormat.time(on: day?.value ?? "XXXX-XX-XX", hour: number.value, minute: 0), days: day?.days,
            resolved: day != nil)
    }

    /// The range from `clock` over `length`.
    private static func range(from clock: TimeMatch, length: TimeMatch, tokens range: Range<Int>) -> TimeMatch? {
        let reading = TimexInstant(clock.value)
        guard let minutes = reading.minutes else { return nil }
        let date = TimexInstant.datePart(clock.value)
        let day = reading.day ?? CalendarDate(dayNumber: 0)
        let start = TimexMoment(day: day, seconds: minutes * 60 + (reading.second ?? 0))
        guard let end = start.shifted(by: length.value, direction: 1) else { return nil }
        var finish = end.value
        if reading.day == nil {
            let days = end.day.dayNumber - day.dayNumber
            guard days == 0 else { return nil }  // A placeholder date cannot move to the next day.
            finish = date + "T" + (TimexInstant.timePart(end.value) ?? "")
        }
        return TimeMatch(
            tokens: range, type: .time,
            value: TimexRange(start: clock.value, end: finish, duration: length.value).description, days: clock.days,
            resolved: clock.resolved)
    }

    /// Whether `match` is a known length in hours, minutes or seconds.
    static func isClockLength(_ match: TimeMatch) -> Bool {
        match.type == .duration && match.value.hasPrefix("PT") && !match.value.contains("X")
    }

    private static let `for` = WordKey.word("for")
    private static let from = WordKey.word("from")
}
