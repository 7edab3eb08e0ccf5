/// Joins a day and a time of day on it into one expression, as Recognizers-Text does: "8pm today",
/// "tomorrow 8:00am", "October 14, 8:00am", "7:00 on Sunday afternoon", "3pm on Sun", and a day
/// followed by "at" and a bare hour ("tonight at 7", "this morning at seven", "Oct. 23 at seven").
///
/// The value is the day's date with the clock reading (`2016-11-08T20:00`); an hour below 12 on an
/// afternoon, evening or night ("tonight at 7") is read after noon.
struct DayTimeComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with each day and the time on it joined.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        var output: [TimeMatch] = []
        for match in matches {
            if let last = output.last, let joined = join(last, match, in: tokens) {
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
}
