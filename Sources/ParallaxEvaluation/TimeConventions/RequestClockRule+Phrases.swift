import ParallaxCore

/// The longer request forms around a clock time: a part of the day before the clock time it dates
/// ("afternoon at 7"), the hour a meeting is moved to ("the 3pm appointment to 4"), two clock times
/// glued into one range ("4pm-5pm"), ISO 8601 clock times ("T12:34:20") and lunch as a part of the day.
extension RequestClockRule {
    /// A part of the day and the clock time it dates: "afternoon at 7", "afternoon 7:00:05", "at
    /// lunchtime 12 o'clock", "in the night five thirty".
    func partThenClock(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var at = index
        if tokens.isWord(at, Self.in), tokens.isWord(at + 1, Self.the) {
            at += 2
        } else if tokens.isWord(at, Self.at) {
            at += 1
        }
        guard let key = tokens.key(at), let part = Self.parts[key] else { return nil }
        at += 1
        if tokens.isWord(at, Self.at) { at += 1 }
        var hour: Int
        var minute: Int
        var second: Int?
        var end: Int
        if let clock = phrases.match(at: at, in: tokens, anchor: anchor) ?? clocks.match(
            at: at, in: tokens, anchor: anchor)
            ?? match(at: at, in: tokens, anchor: anchor),
            clock.type == .time, let minutes = TimexInstant(clock.value).minutes
        {
            hour = minutes / 60
            minute = minutes % 60
            second = TimexInstant(clock.value).second
            end = clock.tokens.upperBound
        } else if let number = phrases.smallNumber(at: at, in: tokens), at > index + 1 || tokens.kind(at) == .word,
            (1...12).contains(number.value)
        {
            hour = number.value
            minute = 0
            end = number.end
            if let words = phrases.minuteWords(at: end, in: tokens), tokens.kind(at) == .word {
                minute = words.value
                end = words.end
            }
        } else {
            return nil
        }
        if hour < 12, part.pm, !(part.lunch && hour > 5) { hour += 12 }
        var match = time(hour, minute, tokens: index..<end, anchor: anchor)
        if let second { match.value += ":" + CalendarDate.pad(second, 2) }
        return match
    }

    /// The hour a meeting is moved to, after a clock time and "appointment to" ("the 3pm meeting to
    /// 4", "the ten am call to eleven!"), ending the sentence or clause: hours 0–24.
    func newTime(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.isWord(index - 1, Self.to), tokens.isWord(index - 2, in: Self.meetings) else { return nil }
        let hour: (value: Int, end: Int)
        if tokens.kind(index) == .number {
            guard let value = Int(value: tokens.bytes(index)), tokens.bytes(index).count <= 2 else { return nil }
            hour = (value, index + 1)
        } else if let words = phrases.smallNumber(at: index, in: tokens) {
            hour = words
        } else {
            return nil
        }
        guard (0...24).contains(hour.value), Self.endsClause(at: hour.end, in: tokens) else { return nil }
        let before = index - 2
        let clockEnds = (max(before - 4, 0)..<before).contains { start in
            let clock =
                phrases.match(at: start, in: tokens, anchor: anchor) ?? clocks.match(
                    at: start, in: tokens, anchor: anchor)
                ?? reading(at: start, in: tokens).map {
                    time($0.hour, $0.minute, tokens: start..<$0.end, anchor: anchor)
                }
            return clock?.tokens.upperBound == before
        }
        guard clockEnds else { return nil }
        return time(hour.value % 24, 0, tokens: index..<hour.end, anchor: anchor)
    }

    /// Whether the text or a clause ends at token `index`: its end, or ".", ",", "!", "?".
    private static func endsClause(at index: Int, in tokens: KeyedTokens) -> Bool {
        guard index < tokens.count else { return true }
        return [0x2E, 0x2C, 0x21, 0x3F].contains { tokens.isPunctuation(index, $0) }
            || tokens.kind(index) == .terminal
    }

    /// Two clock times with meridiems written as one token: "4pm-5pm".
    func gluedRange(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.kind(index) == .alphanumeric else { return nil }
        let bytes = tokens.bytes(index)
        guard let dash = bytes.firstIndex(of: 0x2D), let first = Self.meridiemTime(bytes[..<dash]),
            let last = Self.meridiemTime(bytes[(dash + 1)...])
        else { return nil }
        let day = anchor.map { TimexFormat.day($0) }
        let date = day?.value ?? "XXXX-XX-XX"
        let start = TimexFormat.time(on: date, hour: first / 60, minute: first % 60)
        let end = TimexFormat.time(on: date, hour: last / 60, minute: last % 60)
        return TimeMatch(
            tokens: index..<index + 1, type: .time, value: TimexRange(start: start, end: end).description,
            days: day?.days, resolved: day != nil)
    }

    /// Minutes after midnight of "4pm", "9:30am"; nil for anything else.
    private static func meridiemTime(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let split = bytes.firstIndex(where: { !(0x30...0x39).contains($0) && $0 != 0x3A }),
            let key = WordKey(bytes: bytes[split...]), let pm = meridiemWords[key]
        else { return nil }
        let clock = bytes[..<split].split(separator: 0x3A, omittingEmptySubsequences: false)
        guard (1...2).contains(clock.count), let hour = Int(value: clock[0]), (1...12).contains(hour) else {
            return nil
        }
        var minute = 0
        if clock.count == 2 {
            guard clock[1].count == 2, let value = Int(value: clock[1]), value <= 59 else { return nil }
            minute = value
        }
        return (hour % 12 + (pm ? 12 : 0)) * 60 + minute
    }

    /// ISO 8601 clock times: "T12:34:20" (on the document date) and "2016-12-16T12:23:59".
    func isoTime(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var at = index
        var date: String?
        var days: DayInterval?
        if tokens.kind(index) == .number, tokens.bytes(index).count == 4, tokens.isPunctuation(index + 1, 0x2D),
            tokens.kind(index + 2) == .number, tokens.bytes(index + 2).count == 2,
            tokens.isPunctuation(index + 3, 0x2D),
            (index + 1...index + 4).allSatisfy({ tokens.gap($0) == TokenGap.none })
        {
            at = index + 4
        }
        guard tokens.kind(at) == .alphanumeric else { return nil }
        let bytes = tokens.bytes(at)
        guard let t = bytes.firstIndex(where: { $0 == 0x54 || $0 == 0x74 }), bytes.endIndex - t == 3,
            let hour = Int(value: bytes[(t + 1)...]), hour <= 23
        else { return nil }
        if at > index {
            guard t - bytes.startIndex == 2, let year = Int(value: tokens.bytes(index)),
                let month = Int(value: tokens.bytes(index + 2)), let day = Int(value: bytes[..<t]),
                let calendar = CalendarDate(year: year, month: month, day: day)
            else { return nil }
            date = calendar.description
            days = DayInterval(day: calendar)
        } else {
            guard t == bytes.startIndex, tokens.isPunctuation(at + 1, 0x3A) else { return nil }
            let anchored = anchor.map { TimexFormat.day($0) }
            date = anchored?.value
            days = anchored?.days
        }
        let day = date ?? "XXXX-XX-XX"
        var value = TimexFormat.time(on: day, hour: hour, minute: 0)
        var end = at + 1
        if let minute = Self.clockField(after: end, in: tokens) {
            value = TimexFormat.time(on: day, hour: hour, minute: minute)
            end += 2
            if let second = Self.clockField(after: end, in: tokens) {
                value += ":" + CalendarDate.pad(second, 2)
                end += 2
            }
        }
        return TimeMatch(tokens: index..<end, type: .time, value: value, days: days, resolved: date != nil)
    }

    /// The two-digit minutes or seconds after a colon at token `index`, glued to it.
    private static func clockField(after index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.isPunctuation(index, 0x3A), tokens.gap(index) == TokenGap.none, tokens.kind(index + 1) == .number,
            tokens.gap(index + 1) == TokenGap.none, tokens.bytes(index + 1).count == 2,
            let value = Int(value: tokens.bytes(index + 1)), value <= 59
        else { return nil }
        return value
    }

    /// "lunchtime", "lunch time", "at lunch": the lunch part of the day on the document date (`TMEL`).
    func lunch(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let end: Int
        if tokens.isWord(index, Self.lunchtime) {
            end = index + 1
        } else if tokens.isWord(index, Self.lunch), tokens.isWord(index + 1, Self.time) {
            end = index + 2
        } else if tokens.isWord(index, Self.at), tokens.isWord(index + 1, Self.lunch) {
            end = index + 2
        } else {
            return nil
        }
        if tokens.kind(end) == .number || phrases.smallNumber(at: end, in: tokens) != nil { return nil }
        let day = anchor.map { TimexFormat.day($0) }
        return TimeMatch(
            tokens: index..<end, type: .time, value: (day?.value ?? "XXXX-XX-XX") + "TMEL", days: day?.days,
            resolved: day != nil)
    }
}
