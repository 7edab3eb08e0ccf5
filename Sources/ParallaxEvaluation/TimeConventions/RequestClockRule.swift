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
///
/// ## Topics
/// - This file: the order the forms are tried in, and the words they are read by.
/// - `RequestClockRule+Hours.swift`: readings that start with the hour.
/// - `RequestClockRule+Phrases.swift`: parts of the day, moved meetings, glued ranges, ISO times, lunch.
struct RequestClockRule: TimeRule {
    let phrases = ClockPhraseRule()
    let clocks = ClockTimeRule()

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

    /// The clock time `hour`:`minute` over `range`, on the document date when there is one.
    func time(_ hour: Int, _ minute: Int, tokens range: Range<Int>, anchor: CalendarDate?) -> TimeMatch {
        let day = anchor.map { TimexFormat.day($0) }
        return TimeMatch(
            tokens: range, type: .time,
            value: TimexFormat.time(on: day?.value ?? "XXXX-XX-XX", hour: hour, minute: minute),
            days: day?.days, resolved: day != nil)
    }

    // The words the forms are read by.
    static let `in` = WordKey.word("in")
    static let at = WordKey.word("at")
    static let the = WordKey.word("the")
    static let h = WordKey.word("h")
    static let ish = WordKey.word("ish")
    static let noon = WordKey.word("noon")
    static let noonish = WordKey.word("noonish")
    static let midnight = WordKey.word("midnight")
    static let night = WordKey.word("night")
    static let lunch = WordKey.word("lunch")
    static let lunchtime = WordKey.word("lunchtime")
    static let time = WordKey.word("time")
    static let lunchWords = WordKey.set(["lunchtime", "lunch"])
    static let to = WordKey.word("to")
    static let meetings = WordKey.set(["meeting", "appointment", "conference", "call"])
    static let meridiemWords: [WordKey: Bool] = WordKey.table([
        "am": false, "pm": true, "a.m.": false, "p.m.": true,
    ])
    /// Words before a bare "9a" that make it a time rather than a label ("at 9a").
    static let hourCues = WordKey.set(["at", "by", "around", "before", "after", "until", "till"])
    static let parts: [WordKey: (pm: Bool, lunch: Bool)] = WordKey.table([
        "morning": (false, false), "afternoon": (true, false), "evening": (true, false), "night": (true, false),
        "lunchtime": (true, true),
    ])
}
