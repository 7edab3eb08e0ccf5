import ParallaxCore

/// Days and parts of days as requests name them, which Recognizers-Text reads but
/// TimeML news annotation does not treat as expressions of their own: "the 27th", "the second",
/// "22nd" (a day of the document's month), "the day after tomorrow", "the day before yesterday",
/// "the next day", "last day", "right now", "as soon as possible", "this night", "next night", "the
/// end of the day", "the eod", "end of tomorrow", "in the morning", "later in the afternoon", "in the
/// late-afternoon", "in the evenings", "midday" and "mid-morning" (the clock hours 12:00 and 10:00),
/// "at 7" / "at seven" (an hour on the document date), and a month by name with an optional "next",
/// "last" or "this" ("September", "next june", "last sept").
///
/// Used only in `TimeConvention.recognizersText`.
struct RequestDayRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        shiftedDay(at: index, in: tokens, anchor: anchor) ?? dayPart(at: index, in: tokens, anchor: anchor)
            ?? night(at: index, in: tokens, anchor: anchor) ?? endOfDay(at: index, in: tokens, anchor: anchor)
            ?? reference(at: index, in: tokens)
            ?? dayOfMonth(at: index, in: tokens, anchor: anchor) ?? month(at: index, in: tokens, anchor: anchor)
            ?? hour(at: index, in: tokens, anchor: anchor)
    }

    /// "the day after tomorrow", "the day before yesterday", "the next day", "last day".
    private func shiftedDay(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var position = tokens.isWord(index, Self.the) ? index + 1 : index
        var offset: Int
        if tokens.isWord(position, Self.day), let direction = tokens.key(position + 1).flatMap({ Self.sides[$0] }),
            let base = tokens.key(position + 2).flatMap({ Self.relativeDays[$0] }), position > index
        {
            offset = base + direction
            position += 3
        } else if let step = tokens.key(position).flatMap({ Self.steps[$0] }), tokens.isWord(position + 1, Self.day) {
            offset = step
            position += 2
        } else {
            return nil
        }
        return day(anchor?.adding(days: offset), tokens: index..<position, placeholder: "XXXX-XX-XX")
    }

    /// "in the morning", "in the early-morning", "in the evenings", "midday", "mid-afternoon".
    private func dayPart(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var shaded = 0
        if tokens.isWord(index, in: Self.timings), tokens.isWord(index + 1, Self.in), tokens.isWord(index + 2, Self.the) {
            shaded = 1  // "later in the afternoon"
        }
        let led = tokens.isWord(index + shaded, Self.in) && tokens.isWord(index + shaded + 1, Self.the)
        let position = led ? index + shaded + 2 : index
        let segments = tokens.segments(position)
        var code: String?
        var end = position + 1
        if segments.count == 2, let first = segments[0], let second = segments[1] {
            if Self.shades.contains(first) { code = Self.parts[second] }
            if first == Self.mid { code = Self.midHours[second] }
        } else if segments.count == 1, let key = tokens.key(position) {
            if let next = tokens.key(position + 1), Self.shades.contains(key) || key == Self.mid {
                code = key == Self.mid ? Self.midHours[next] : Self.parts[next]
                end = position + 2
            }
            if code == nil {
                code = Self.midWords[key]
                end = position + 1
            }
            if code == nil, led {
                code = Self.parts[key]
                end = position + 1
            }
        }
        guard let code else { return nil }
        let date = anchor.map { TimexFormat.day($0) }
        return TimeMatch(
            tokens: index..<end, type: .time, value: (date?.value ?? "XXXX-XX-XX") + "T" + code, days: date?.days,
            resolved: date != nil)
    }

    /// "right now" (`PRESENT_REF`) and "as soon as possible" (`FUTURE_REF`).
    private func reference(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        if tokens.isWord(index, Self.right), tokens.isWord(index + 1, Self.now) {
            return TimeMatch(tokens: index..<index + 2, type: .date, value: "PRESENT_REF")
        }
        let asap = [Self.as, Self.soon, Self.as, Self.possible]
        guard asap.indices.allSatisfy({ tokens.isWord(index + $0, asap[$0]) }) else { return nil }
        return TimeMatch(tokens: index..<index + 4, type: .date, value: "FUTURE_REF")
    }

    /// "this night", "next night": the night of the document date or of the day after (`TNI`).
    private func night(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let shift = tokens.key(index).flatMap({ Self.nightShifts[$0] }), tokens.isWord(index + 1, Self.night)
        else { return nil }
        let date = anchor.map { TimexFormat.day($0.adding(days: shift)) }
        return TimeMatch(
            tokens: index..<index + 2, type: .time, value: (date?.value ?? "XXXX-XX-XX") + "TNI", days: date?.days,
            resolved: date != nil)
    }

    /// "the end of the day", "end of day", "the eod": the last second of the document date (`T23:59:59`).
    private func endOfDay(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var at = tokens.isWord(index, Self.the) ? index + 1 : index
        if tokens.isWord(at, Self.eod) {
            at += 1
        } else if tokens.isWord(at, Self.end), tokens.isWord(at + 1, Self.of) {
            at += 2
            if tokens.isWord(at, Self.the) { at += 1 }
            if !tokens.isWord(at, Self.day), let day = Self.namedDay(at: at, in: tokens, anchor: anchor) {
                // "end of tomorrow", "end of the sunday": the last second of that day.
                return TimeMatch(
                    tokens: index..<day.tokens.upperBound, type: .time, value: day.value + "T23:59:59", days: day.days,
                    resolved: day.resolved)
            }
            guard tokens.isWord(at, Self.day) else { return nil }
            at += 1
        } else {
            return nil
        }
        let date = anchor.map { TimexFormat.day($0) }
        return TimeMatch(
            tokens: index..<at, type: .time, value: (date?.value ?? "XXXX-XX-XX") + "T23:59:59", days: date?.days,
            resolved: date != nil)
    }

    /// One day named by a weekday or a relative day word at `index` ("sunday", "tomorrow").
    private static func namedDay(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        for rule in dayRules {
            if let day = rule.match(at: index, in: tokens, anchor: anchor), day.type == .date,
                day.value.count == 10 || day.value.hasPrefix("XXXX-WXX-")
            {
                return day
            }
        }
        return nil
    }

    private static let dayRules: [any TimeRule] = [WeekdayRule(), LowercaseWeekdayRule(), RelativeDateRule()]

    /// "the 27th", "the second", "on 15", "22nd": that day of the document's month.
    private func dayOfMonth(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let number: BareNumber
        if tokens.isWord(index, Self.the), let day = BareNumber.day(at: index, in: tokens),
            Self.clocks.meridiem(at: day.tokens.upperBound, in: tokens) == nil,
            !tokens.isWord(day.tokens.upperBound, in: ClockPhraseRule.oclock)
        {
            number = day  // Not "the ten am", "the 3 o'clock": clock times.
        } else if tokens.kind(index) == .alphanumeric, let day = Self.calendar.dayOfMonth(at: index, in: tokens) {
            number = BareNumber(value: day, tokens: index..<index + 1)
        } else if tokens.isWord(index - 1, Self.on), tokens.kind(index) == .number,
            let day = Self.calendar.dayOfMonth(at: index, in: tokens), tokens.kind(index + 1) != .word
        {
            number = BareNumber(value: day, tokens: index..<index + 1)  // "on 15".
        } else {
            return nil
        }
        // "the 27th floor", "the first prize": an ordinal counting the noun after it.
        let next = number.tokens.upperBound
        if tokens.key(next).flatMap({ Self.steps[$0] }) != nil, TimeUnit.word(tokens.key(next + 1)) != nil,
            tokens.bytes(next + 1).last == 0x73
        {
            return nil  // "the 2 next days".
        }
        if tokens.kind(next) == .word, !tokens.isWord(next, in: Self.dayFollowers),
            TimeUnit.word(tokens.key(next)) == nil, WeekdayName.weekdayAnyCase(at: next, in: tokens) == nil,
            MonthName.monthAnyCase(at: next, in: tokens) == nil, tokens.key(next).flatMap({ Self.parts[$0] }) == nil
        {
            return nil
        }
        guard let anchor else {
            return TimeMatch(tokens: number.tokens, type: .date, value: "XXXX-XX-" + CalendarDate.pad(number.value, 2), resolved: false)
        }
        // A day the document's month lacks ("the thirty first" in November) stays unresolved.
        return day(
            CalendarDate(year: anchor.year, month: anchor.month, day: number.value), tokens: number.tokens,
            placeholder: "XXXX-XX-" + CalendarDate.pad(number.value, 2))
    }

    /// "September", "next june", "last sept", "this March".
    private func month(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let shift = tokens.key(index).flatMap { Self.yearShifts[$0] }
        let position = shift == nil ? index : index + 1
        guard let month = MonthName.monthAnyCase(at: position, in: tokens) else { return nil }
        if tokens.isWord(position, Self.may), shift == nil, !tokens.isCapitalized(position) { return nil }
        let value: String
        if let shift, let anchor {
            value = TimexFormat.month(year: anchor.year + shift, month: month).value
        } else {
            value = "XXXX-" + CalendarDate.pad(month, 2)
        }
        return TimeMatch(tokens: index..<position + 1, type: .date, value: value, resolved: shift != nil && anchor != nil)
    }

    /// "at 7", "at seven": that hour on the document date (the span leaves "at" out).
    private func hour(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.isWord(index - 1, Self.at), let number = BareNumber.read(at: index, in: tokens),
            (1...12).contains(number.value), tokens.kind(number.tokens.upperBound) != .number
        else { return nil }
        let date = anchor.map { TimexFormat.day($0) }
        return TimeMatch(
            tokens: number.tokens, type: .time,
            value: TimexFormat.time(on: date?.value ?? "XXXX-XX-XX", hour: number.value, minute: 0), days: date?.days,
            resolved: date != nil)
    }

    private func day(_ date: CalendarDate?, tokens: Range<Int>, placeholder: String) -> TimeMatch? {
        guard let date else {
            return placeholder.isEmpty ? nil : TimeMatch(tokens: tokens, type: .date, value: placeholder, resolved: false)
        }
        let value = TimexFormat.day(date)
        return TimeMatch(tokens: tokens, type: .date, value: value.value, days: value.days)
    }

    private static let calendar = CalendarNumberRules()
    private static let clocks = ClockPhraseRule()
    private static let the = WordKey.word("the")
    private static let `in` = WordKey.word("in")
    private static let at = WordKey.word("at")
    private static let on = WordKey.word("on")
    private static let dayFollowers = WordKey.set([
        "of", "at", "in", "on", "and", "or", "to", "till", "until", "from", "for", "by", "through", "thru", "is",
        "was", "will", "would", "works", "work", "please", "then", "instead", "too", "as", "but", "since", "before",
        "after", "around", "between", "if", "when", "that", "this", "next", "last", "i", "we", "you", "he", "she",
        "they", "it", "could", "can", "should", "ok", "okay", "fine", "maybe",
    ])
    private static let day = WordKey.word("day")
    private static let night = WordKey.word("night")
    private static let right = WordKey.word("right")
    private static let now = WordKey.word("now")
    private static let `as` = WordKey.word("as")
    private static let soon = WordKey.word("soon")
    private static let possible = WordKey.word("possible")
    private static let end = WordKey.word("end")
    private static let of = WordKey.word("of")
    private static let eod = WordKey.word("eod")
    private static let nightShifts: [WordKey: Int] = WordKey.table(["this": 0, "next": 1])
    private static let mid = WordKey.word("mid")
    private static let may = WordKey.word("may")
    private static let sides: [WordKey: Int] = WordKey.table(["after": 1, "before": -1])
    private static let relativeDays: [WordKey: Int] = WordKey.table([
        "tomorrow": 1, "tmrw": 1, "yesterday": -1, "today": 0,
    ])
    private static let steps: [WordKey: Int] = WordKey.table([
        "next": 1, "following": 1, "last": -1, "past": -1, "previous": -1,
    ])
    private static let yearShifts: [WordKey: Int] = WordKey.table(["next": 1, "last": -1, "this": 0])
    private static let shades = WordKey.set(["early", "late"])
    private static let timings = WordKey.set(["early", "late", "later"])
    private static let parts: [WordKey: String] = WordKey.table([
        "morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF", "evening": "EV",
        "evenings": "EV", "night": "NI", "nights": "NI",
    ])
    /// The clock hour Recognizers-Text gives the middle of a part of the day ("mid-morning" is 10:00).
    private static let midHours: [WordKey: String] = WordKey.table([
        "morning": "10", "afternoon": "14", "day": "12", "night": "00",
    ])
    private static let midWords: [WordKey: String] = WordKey.table([
        "midmorning": "10", "midafternoon": "14", "midday": "12", "night": "NI",
    ])
}
