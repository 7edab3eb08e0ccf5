import ParallaxCore

/// Clock times as requests write them, which Recognizers-Text reads but news text
/// does not use (or uses with another sense): hours and minutes in words without a meridiem ("eight
/// forty", "ten ten", a 24-hour "fifteen fifteen p m"), unspaced or dotted meridiems ("9p", "9:00a", "9.am";
/// an "a" form only after "at", "by" or the like, as "9a" is more often a label),
/// approximate hours ("11ish", "noonish"), an hour named with its anchor ("12 noon", "12 midnight",
/// "1 o'clock lunchtime", "12 in the night"), a part of the day before the clock time it dates
/// ("afternoon at 7", "at lunchtime 11 o'clock", "in the night five thirty"), and lunch as a part
/// of the day ("lunchtime", "at lunch": `TMEL`), two clock times glued into one range ("4pm-5pm"),
/// ISO 8601 clock times ("T12:34:20", "2016-12-16T12:23:59"), and the hour a meeting is moved to
/// ("the 3pm appointment to 4").
///
/// An afternoon, evening or night moves an hour below 12 after noon; lunchtime moves hours 1–5 after
/// noon; midnight and the night make 12 midnight (`T00`). Values are put on the document date as
/// `ClockPhraseRule` puts them. Used only in `TimeConvention.recognizersText`.
struct RequestClockRule: TimeRule {
    private let phrases = ClockPhraseRule()
    private let clocks = ClockTimeRule()

    /// Creates the rule.
    init() {}

    /// Words that may start or lie near the start of these forms and that the time recognizer's
    /// cheap pre-filter does not already know.
    static let triggers: Set<WordKey> = {
        var words = Set(NumberWordParser.units.keys).union(NumberWordParser.tens.keys)
        words.formUnion(WordKey.set(["am", "lunch", "lunchtime", "noonish", "h", "midmorning", "midafternoon", "eod"]))
        return words
    }()

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let lunch = lunch(at: index, in: tokens, anchor: anchor) { return lunch }
        if let range = gluedRange(at: index, in: tokens, anchor: anchor) { return range }
        if let iso = isoTime(at: index, in: tokens, anchor: anchor) { return iso }
        if let moved = newTime(at: index, in: tokens, anchor: anchor) { return moved }
        if let dated = partThenClock(at: index, in: tokens, anchor: anchor) { return dated }
        guard let reading = reading(at: index, in: tokens) else { return nil }
        return time(reading.hour, reading.minute, tokens: index..<reading.end, anchor: anchor)
    }

    /// A clock reading in one of the request forms starting at `index`.
    private func reading(at index: Int, in tokens: KeyedTokens) -> (hour: Int, minute: Int, end: Int)? {
        if let ish = approximate(at: index, in: tokens) { return ish }
        if let short = shortMeridiem(at: index, in: tokens) { return short }
        guard let hour = hourReading(at: index, in: tokens) else { return nil }
        return anchored(hour, in: tokens)
    }

    /// Words for hours and minutes ("eight forty", "ten fifty five p. m.", "fifteen thirty p m"), and
    /// a bare hour with its anchor word ("12 noon", "1 o'clock"); the hour as read, before anchors.
    private func hourReading(at index: Int, in tokens: KeyedTokens) -> (hour: Int, minute: Int, end: Int, marked: Bool)?
    {
        guard let hour = phrases.smallNumber(at: index, in: tokens), (0...23).contains(hour.value) else { return nil }
        let isWord = tokens.kind(index) == .word
        var minute = 0
        var end = hour.end
        var hasMinutes = false
        if isWord, let words = phrases.minuteWords(at: end, in: tokens) {
            minute = words.value
            end = words.end
            hasMinutes = true
        }
        if tokens.isWord(end, in: ClockPhraseRule.oclock) { end += 1 }
        if TimeUnit.word(tokens.key(end)) != nil { return nil }  // "ten forty minutes": a length.
        if let meridiem = phrases.meridiem(at: end, in: tokens) {
            guard hour.value >= 1 else { return nil }
            let twelve = hour.value > 12 ? hour.value : hour.value % 12 + (meridiem.pm ? 12 : 0)
            return (twelve, minute, meridiem.end, true)
        }
        let marked = hasMinutes && (1...12).contains(hour.value) || tokens.isWord(end - 1, in: ClockPhraseRule.oclock)
        return (hour.value, minute, end, marked)
    }

    /// An hour made a time by what follows it: "12 noon", "12 midnight", "1 o'clock midnight",
    /// "12 lunchtime", "11 o'clock lunchtime", "12 in the night"; or by its own marks ("eight forty").
    private func anchored(_ hour: (hour: Int, minute: Int, end: Int, marked: Bool), in tokens: KeyedTokens)
        -> (hour: Int, minute: Int, end: Int)?
    {
        var at = hour.end
        if tokens.isWord(at, Self.in), tokens.isWord(at + 1, Self.the), tokens.isWord(at + 2, Self.night) {
            at += 2
        }
        guard let key = tokens.key(at), (1...12).contains(hour.hour) else {
            return hour.marked ? (hour.hour, hour.minute, hour.end) : nil
        }
        if key == Self.noon, hour.hour == 12 { return (12, hour.minute, at + 1) }
        if key == Self.midnight { return (hour.hour % 12, hour.minute, at + 1) }
        if key == Self.night, at > hour.end {
            return (hour.hour == 12 ? 0 : hour.hour + 12, hour.minute, at + 1)
        }
        if Self.lunchWords.contains(key) {
            return (hour.hour <= 5 ? hour.hour + 12 : hour.hour, hour.minute, at + 1)
        }
        return hour.marked ? (hour.hour, hour.minute, hour.end) : nil
    }

    /// "11ish", "11-ish", "noonish".
    private func approximate(at index: Int, in tokens: KeyedTokens) -> (hour: Int, minute: Int, end: Int)? {
        if tokens.isWord(index, Self.noonish) { return (12, 0, index + 1) }
        guard tokens.kind(index) == .alphanumeric else { return nil }
        let bytes = tokens.bytes(index)
        guard let read = NumberWordParser.digitValue(bytes), read.plain, (1...23).contains(Int(read.value)) else {
            return nil
        }
        var rest = bytes[read.end...]
        if rest.first == 0x2D { rest = rest.dropFirst() }
        guard WordKey(bytes: rest) == Self.ish else { return nil }
        return (Int(read.value), 0, index + 1)
    }

    /// "9p", "9a", "9:00a", "9.am", "7h01", "10 H 10 pm": meridiems and hour marks that
    /// `ClockPhraseRule` does not take.
    private func shortMeridiem(at index: Int, in tokens: KeyedTokens) -> (hour: Int, minute: Int, end: Int)? {
        let bytes = tokens.bytes(index)
        if tokens.kind(index) == .alphanumeric, let read = NumberWordParser.digitValue(bytes), read.plain {
            let hour = Int(read.value)
            let suffix = bytes[read.end...]
            if suffix.count == 1, let pm = Self.letter(suffix.first), (1...12).contains(hour),
                pm || tokens.isWord(index - 1, in: Self.hourCues), !continuesMeridiem(at: index + 1, in: tokens)
            {
                return (hour % 12 + (pm ? 12 : 0), 0, index + 1)
            }
            // "7h01"
            if suffix.count == 3, suffix.first == 0x68, let minute = Int(value: suffix.dropFirst()), minute <= 59,
                hour <= 23
            {
                return (hour, minute, index + 1)
            }
            return nil
        }
        guard tokens.kind(index) == .number, let hour = Int(value: bytes), bytes.count <= 2, hour <= 23 else {
            return nil
        }
        // "9:00a", "1:30p.m."
        if tokens.isPunctuation(index + 1, 0x3A), tokens.gap(index + 1) == TokenGap.none,
            tokens.gap(index + 2) == TokenGap.none, tokens.kind(index + 2) == .alphanumeric
        {
            let minuteBytes = tokens.bytes(index + 2)
            guard minuteBytes.count == 3, let minute = Int(value: minuteBytes.prefix(2)), minute <= 59,
                let pm = Self.letter(minuteBytes.last), (1...12).contains(hour)
            else { return nil }
            let tail = tokens.gap(index + 3) == TokenGap.none ? meridiemTail(at: index + 3, in: tokens) : nil
            guard tail != nil || pm || tokens.isWord(index - 1, in: Self.hourCues) else { return nil }
            return (hour % 12 + (pm ? 12 : 0), minute, tail ?? index + 3)
        }
        // "0:01 am": midnight's hour on the twelve-hour clock written as 0.
        if hour == 0, tokens.isPunctuation(index + 1, 0x3A), tokens.gap(index + 1) == TokenGap.none,
            tokens.kind(index + 2) == .number, tokens.gap(index + 2) == TokenGap.none,
            let minute = Int(value: tokens.bytes(index + 2)), tokens.bytes(index + 2).count == 2, minute <= 59,
            let meridiem = phrases.meridiem(at: index + 3, in: tokens), !meridiem.pm
        {
            return (0, minute, meridiem.end)
        }
        // "9.am"
        if tokens.kind(index + 1) == .terminal || tokens.isPunctuation(index + 1, 0x2E),
            tokens.gap(index + 1) == TokenGap.none,
            tokens.gap(index + 2) == TokenGap.none, let meridiem = phrases.meridiem(at: index + 2, in: tokens),
            (1...12).contains(hour)
        {
            return (hour % 12 + (meridiem.pm ? 12 : 0), 0, meridiem.end)
        }
        // "10 H 10 pm"
        if tokens.isWord(index + 1, Self.h), tokens.kind(index + 2) == .number,
            let minute = Int(value: tokens.bytes(index + 2)), tokens.bytes(index + 2).count == 2, minute <= 59
        {
            if let meridiem = phrases.meridiem(at: index + 3, in: tokens), (1...12).contains(hour) {
                return (hour % 12 + (meridiem.pm ? 12 : 0), minute, meridiem.end)
            }
            return (hour, minute, index + 3)
        }
        return nil
    }

    /// Where the rest of a spelled-out meridiem after its letter ("m", ".m.", ". m") ends, when one
    /// starts at token `index`.
    private func meridiemTail(at index: Int, in tokens: KeyedTokens) -> Int? {
        if tokens.isWord(index, in: ClockPhraseRule.mWords) { return index + 1 }
        let dot = tokens.isPunctuation(index, 0x2E) || tokens.kind(index) == .terminal && tokens.bytes(index).count == 1
        return dot && tokens.isWord(index + 1, in: ClockPhraseRule.mWords) ? index + 2 : nil
    }

    /// Whether the rest of a spelled-out meridiem ("m", ".m.", ". m") starts at token `index`, glued
    /// to the letter before it.
    private func continuesMeridiem(at index: Int, in tokens: KeyedTokens) -> Bool {
        guard tokens.gap(index) == TokenGap.none else { return tokens.isWord(index, in: ClockPhraseRule.mWords) }
        return tokens.isWord(index, in: ClockPhraseRule.mWords)
            || tokens.isPunctuation(index, 0x2E) && tokens.isWord(index + 1, in: ClockPhraseRule.mWords)
            || tokens.kind(index) == .terminal && tokens.isWord(index + 1, in: ClockPhraseRule.mWords)
    }

    /// A part of the day and the clock time it dates: "afternoon at 7", "afternoon 7:00:05", "at
    /// lunchtime 12 o'clock", "in the night five thirty".
    private func partThenClock(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
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
    private func newTime(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
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
    private func gluedRange(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
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
    private func isoTime(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
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
    private func lunch(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
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

    private func time(_ hour: Int, _ minute: Int, tokens range: Range<Int>, anchor: CalendarDate?) -> TimeMatch {
        let day = anchor.map { TimexFormat.day($0) }
        return TimeMatch(
            tokens: range, type: .time,
            value: TimexFormat.time(on: day?.value ?? "XXXX-XX-XX", hour: hour, minute: minute),
            days: day?.days, resolved: day != nil)
    }

    /// `true` for "p", `false` for "a", nil for any other byte.
    private static func letter(_ byte: UInt8?) -> Bool? {
        switch byte {
        case 0x70, 0x50: true
        case 0x61, 0x41: false
        default: nil
        }
    }

    private static let `in` = WordKey.word("in")
    private static let at = WordKey.word("at")
    private static let the = WordKey.word("the")
    private static let h = WordKey.word("h")
    private static let ish = WordKey.word("ish")
    private static let noon = WordKey.word("noon")
    private static let noonish = WordKey.word("noonish")
    private static let midnight = WordKey.word("midnight")
    private static let night = WordKey.word("night")
    private static let lunch = WordKey.word("lunch")
    private static let lunchtime = WordKey.word("lunchtime")
    private static let time = WordKey.word("time")
    private static let lunchWords = WordKey.set(["lunchtime", "lunch"])
    private static let to = WordKey.word("to")
    private static let meetings = WordKey.set(["meeting", "appointment", "conference", "call"])
    private static let meridiemWords: [WordKey: Bool] = WordKey.table([
        "am": false, "pm": true, "a.m.": false, "p.m.": true,
    ])
    /// Words before a bare "9a" that make it a time rather than a label ("at 9a").
    private static let hourCues = WordKey.set(["at", "by", "around", "before", "after", "until", "till"])
    private static let parts: [WordKey: (pm: Bool, lunch: Bool)] = WordKey.table([
        "morning": (false, false), "afternoon": (true, false), "evening": (true, false), "night": (true, false),
        "lunchtime": (true, true),
    ])
}
