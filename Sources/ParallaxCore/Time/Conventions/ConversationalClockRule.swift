/// Clock times as conversational requests write them, which Recognizers-Text reads but news text
/// does not use (or uses with another sense): hours and minutes in words without a meridiem ("eight
/// forty", "ten ten", a 24-hour "fifteen fifteen p m"), loose meridiems ("9p", "9:00a", "9.am";
/// an "a" form only after "at", "by" or the like, as "9a" is more often a label),
/// approximate hours ("11ish", "noonish"), an hour named with its anchor ("12 noon", "12 midnight",
/// "1 o'clock lunchtime", "12 in the night"), a part of the day before the clock time it dates
/// ("afternoon at 7", "at lunchtime 11 o'clock", "in the night five thirty"), and lunch as a part
/// of the day ("lunchtime", "at lunch": `TMEL`).
///
/// An afternoon, evening or night moves an hour below 12 after noon; lunchtime moves hours 1–5 after
/// noon; midnight and the night make 12 midnight (`T00`). Values are put on the document date as
/// `ClockPhraseRule` puts them. Used only in `TimeConvention.recognizersText`.
struct ConversationalClockRule: TimeRule {
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
        if let dated = partThenClock(at: index, in: tokens, anchor: anchor) { return dated }
        guard let reading = reading(at: index, in: tokens) else { return nil }
        return time(reading.hour, reading.minute, tokens: index..<reading.end, anchor: anchor)
    }

    /// A clock reading in one of the conversational forms starting at `index`.
    private func reading(at index: Int, in tokens: KeyedTokens) -> (hour: Int, minute: Int, end: Int)? {
        if let ish = approximate(at: index, in: tokens) { return ish }
        if let loose = looseMeridiem(at: index, in: tokens) { return loose }
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
        if tokens.isWord(end, in: Self.oclock) { end += 1 }
        if TimeUnit.word(tokens.key(end)) != nil { return nil }  // "ten forty minutes": a length.
        if let meridiem = phrases.meridiem(at: end, in: tokens) {
            guard hour.value >= 1 else { return nil }
            let twelve = hour.value > 12 ? hour.value : hour.value % 12 + (meridiem.pm ? 12 : 0)
            return (twelve, minute, meridiem.end, true)
        }
        let marked = hasMinutes && (1...12).contains(hour.value) || tokens.isWord(end - 1, in: Self.oclock)
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
    private func looseMeridiem(at index: Int, in tokens: KeyedTokens) -> (hour: Int, minute: Int, end: Int)? {
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
        // "9:00a"
        if tokens.isPunctuation(index + 1, 0x3A), tokens.gap(index + 1) == TokenGap.none,
            tokens.gap(index + 2) == TokenGap.none, tokens.kind(index + 2) == .alphanumeric
        {
            let minuteBytes = tokens.bytes(index + 2)
            guard minuteBytes.count == 3, let minute = Int(value: minuteBytes.prefix(2)), minute <= 59,
                let pm = Self.letter(minuteBytes.last), (1...12).contains(hour),
                pm || tokens.isWord(index - 1, in: Self.hourCues), !continuesMeridiem(at: index + 3, in: tokens)
            else { return nil }
            return (hour % 12 + (pm ? 12 : 0), minute, index + 3)
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

    /// Whether the rest of a spelled-out meridiem ("m", ".m.", ". m") starts at token `index`, glued
    /// to the letter before it.
    private func continuesMeridiem(at index: Int, in tokens: KeyedTokens) -> Bool {
        guard tokens.gap(index) == TokenGap.none else { return tokens.isWord(index, in: Self.mWords) }
        return tokens.isWord(index, in: Self.mWords)
            || tokens.isPunctuation(index, 0x2E) && tokens.isWord(index + 1, in: Self.mWords)
            || tokens.kind(index) == .terminal && tokens.isWord(index + 1, in: Self.mWords)
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
    private static let oclock = WordKey.set(["o'clock", "oclock", "o’clock"])
    private static let mWords = WordKey.set(["m", "m."])
    /// Words before a bare "9a" that make it a time rather than a label ("at 9a").
    private static let hourCues = WordKey.set(["at", "by", "around", "before", "after", "until", "till"])
    private static let parts: [WordKey: (pm: Bool, lunch: Bool)] = WordKey.table([
        "morning": (false, false), "afternoon": (true, false), "evening": (true, false), "night": (true, false),
        "lunchtime": (true, true),
    ])
}
