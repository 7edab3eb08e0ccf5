/// Clock times in the forms `ClockTimeRule` leaves alone: seconds ("12:34:20", "7:56:35 pm"),
/// a meridiem glued to the minutes or spelled with spaces or dots ("7:56pm", "7p.m.", "7 p m", "340pm",
/// "1140 a.m."), "o'clock" ("7 o'clock", "seven o'clock pm"), hours and minutes in words with a
/// meridiem ("seven thirty pm"), times before or after the hour ("half past eight", "a quarter
/// to 8", "20 min past eight", "ten past 9"), and an hour with a part of the day after it ("8 in
/// the morning", "half past seven in the evening", "5:30 afternoon").
///
/// The value is put on the document date as `ClockTimeRule` does (`2016-11-07T19:56`, seconds
/// kept when written: `T12:34:20`); without one it is `XXXX-XX-XXT19:56`, unresolved. An
/// afternoon, evening or night moves an hour below 12 into the afternoon. Guards for news text:
/// a bare hour ("at 7", "seven") and bare words ("seven thirty") are not times; an hour in
/// digits needs a meridiem, "o'clock", seconds or a part of the day.
package struct ClockPhraseRule: TimeRule {
    /// A time of day read from text.
    struct Reading: Sendable {
        var hour: Int
        var minute: Int
        var second: Int?
        var end: Int
        /// Whether a meridiem fixed the half of the day.
        var hasMeridiem = false
    }

    /// Creates the rule.
    package init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        switch tokens.kind(index) {
        case .number, .alphanumeric: break
        case .word:
            guard let key = tokens.key(index), Self.starters.contains(key) else { return nil }
        default: return nil
        }
        guard var reading = relative(at: index, in: tokens) ?? hour(at: index, in: tokens, strict: true) else {
            return nil
        }
        if let part = dayPart(at: reading.end, in: tokens) {
            if !reading.hasMeridiem, part.pm, reading.hour < 12 { reading.hour += 12 }
            reading.end = part.end
        }
        let range = index..<reading.end
        var day = "XXXX-XX-XX"
        var days: DayInterval?
        if let anchor {
            let anchored = TimexFormat.day(anchor)
            day = anchored.value
            days = anchored.days
        }
        var value = TimexFormat.time(on: day, hour: reading.hour, minute: reading.minute)
        if let second = reading.second { value += ":" + CalendarDate.pad(second, 2) }
        return TimeMatch(
            tokens: range, type: .time, value: value, days: days, resolved: anchor != nil, onDocumentDay: anchor != nil)
    }

    /// "half past eight", "a quarter to 8", "three quarters past 9pm", "20 min past eight".
    private func relative(at index: Int, in tokens: KeyedTokens) -> Reading? {
        var at = index
        if tokens.isWord(at, Self.a) { at += 1 }
        var minutes: Int
        if tokens.isWord(at, Self.half) {
            minutes = 30
            at += 1
        } else if tokens.isWord(at, Self.quarter) {
            minutes = 15
            at += 1
        } else if tokens.isWord(at, Self.three), tokens.isWord(at + 1, Self.quarters) {
            minutes = 45
            at += 2
        } else if let number = smallNumber(at: at, in: tokens), (1...59).contains(number.value) {
            minutes = number.value
            at = number.end
            if tokens.isWord(at, in: Self.minuteWords) {
                at += 1
            } else if !tokens.isWord(at, Self.past) {
                return nil  // "from 10 to 12", "won 3 to 2": counts, not minutes.
            }
        } else {
            return nil
        }
        guard tokens.isWord(at, in: Self.pastWords) || tokens.isWord(at, Self.to) else { return nil }
        let before = tokens.isWord(at, Self.to)
        guard var target = hour(at: at + 1, in: tokens, strict: false), target.minute == 0 || before,
            (1...12).contains(target.hour) || target.hasMeridiem, TimeUnit.word(tokens.key(target.end)) == nil
        else {
            return nil
        }
        if before {
            let total = (target.hour * 60 + target.minute - minutes + 24 * 60) % (24 * 60)
            target.hour = total / 60
            target.minute = total % 60
        } else {
            target.minute += minutes
        }
        return target
    }

    /// An hour with its minutes. `strict` asks for a mark that makes it a time (a meridiem,
    /// "o'clock", seconds, a part of the day); after "past"/"to" a bare hour will do.
    private func hour(at index: Int, in tokens: KeyedTokens, strict: Bool) -> Reading? {
        if let digits = digitTime(at: index, in: tokens) {
            if strict, !digits.hasMeridiem, digits.second == nil, !isMarked(digits, in: tokens) { return nil }
            return digits
        }
        guard let number = smallNumber(at: index, in: tokens), (0...23).contains(number.value) else { return nil }
        var reading = Reading(hour: number.value, minute: 0, end: number.end)
        let isWord = tokens.kind(index) == .word
        if isWord, let minute = minuteWords(at: reading.end, in: tokens) {
            reading.minute = minute.value
            reading.end = minute.end
        }
        if tokens.isWord(reading.end, in: Self.oclock) { reading.end += 1 }
        if let meridiem = meridiem(at: reading.end, in: tokens) {
            guard (1...12).contains(reading.hour) else { return nil }
            reading.hour = reading.hour % 12 + (meridiem.pm ? 12 : 0)
            reading.end = meridiem.end
            reading.hasMeridiem = true
            return reading
        }
        if strict, !tokens.isWord(reading.end - 1, in: Self.oclock), !isMarked(reading, in: tokens) { return nil }
        return reading
    }

    /// Whether a part of the day follows the reading.
    private func isMarked(_ reading: Reading, in tokens: KeyedTokens) -> Bool {
        reading.hour <= 12 && dayPart(at: reading.end, in: tokens) != nil
    }

    /// Times written with digits: "7:56:35", "7:56pm", "7:56 pm", "7p.m.", "340pm", "1140 a.m.", "7 p m".
    private func digitTime(at index: Int, in tokens: KeyedTokens) -> Reading? {
        let bytes = tokens.bytes(index)
        if tokens.kind(index) == .alphanumeric {
            // "340pm", "7pm", "7p" + ".m."
            guard let split = bytes.firstIndex(where: { !(0x30...0x39).contains($0) }),
                let number = Int(value: bytes[bytes.startIndex..<split])
            else { return nil }
            let suffix = bytes[split...]
            var pm: Bool
            var end = index + 1
            if let key = WordKey(bytes: suffix), let value = Self.meridiems[key] {
                pm = value
            } else if suffix.count == 1, suffix.first == 0x70 || suffix.first == 0x61,
                tokens.gap(index + 1) == TokenGap.none, let rest = meridiemTail(at: index + 1, in: tokens)
            {
                pm = suffix.first == 0x70
                end = rest
            } else {
                return nil
            }
            return twelveHour(number, end: end, pm: pm, allowHundreds: split - bytes.startIndex >= 3)
        }
        guard tokens.kind(index) == .number, let first = Int(value: bytes), bytes.count <= 4 else { return nil }
        if tokens.isPunctuation(index + 1, 0x3A), tokens.gap(index + 1) == TokenGap.none,
            tokens.gap(index + 2) == TokenGap.none, bytes.count <= 2, first <= 23
        {
            let minuteBytes = tokens.bytes(index + 2)
            guard minuteBytes.count >= 2, let minute = Int(value: minuteBytes.prefix(2)), minute <= 59 else {
                return nil
            }
            if tokens.kind(index + 2) == .alphanumeric {
                // "7:56pm"
                guard let key = WordKey(bytes: minuteBytes.dropFirst(2)), let pm = Self.meridiems[key],
                    var reading = twelveHour(first, end: index + 3, pm: pm, allowHundreds: false)
                else { return nil }
                reading.minute = minute
                return reading
            }
            guard tokens.kind(index + 2) == .number, minuteBytes.count == 2 else { return nil }
            var reading = Reading(hour: first, minute: minute, end: index + 3)
            // ":35" seconds
            if tokens.isPunctuation(index + 3, 0x3A), tokens.gap(index + 3) == TokenGap.none,
                tokens.gap(index + 4) == TokenGap.none
            {
                let secondBytes = tokens.bytes(index + 4)
                if secondBytes.count >= 2, let second = Int(value: secondBytes.prefix(2)), second <= 59 {
                    if tokens.kind(index + 4) == .number, secondBytes.count == 2 {
                        reading.second = second
                        reading.end = index + 5
                    } else if let key = WordKey(bytes: secondBytes.dropFirst(2)), let pm = Self.meridiems[key] {
                        guard var twelve = twelveHour(first, end: index + 5, pm: pm, allowHundreds: false) else {
                            return nil
                        }
                        twelve.minute = minute
                        twelve.second = second
                        return twelve
                    }
                }
            }
            if let meridiem = meridiem(at: reading.end, in: tokens) {
                guard var twelve = twelveHour(first, end: meridiem.end, pm: meridiem.pm, allowHundreds: false) else {
                    return nil
                }
                twelve.minute = minute
                twelve.second = reading.second
                return twelve
            }
            return reading
        }
        // "1140 a.m.", "7 p m", "7 p. m."
        guard let meridiem = meridiem(at: index + 1, in: tokens) else { return nil }
        return twelveHour(first, end: meridiem.end, pm: meridiem.pm, allowHundreds: bytes.count >= 3)
    }

    /// An hour (and minutes, for three or four digits) on the twelve-hour clock.
    private func twelveHour(_ number: Int, end: Int, pm: Bool, allowHundreds: Bool) -> Reading? {
        var hour = number
        var minute = 0
        if allowHundreds {
            hour = number / 100
            minute = number % 100
            guard minute <= 59 else { return nil }
        }
        guard (1...12).contains(hour) else { return nil }
        return Reading(hour: hour % 12 + (pm ? 12 : 0), minute: minute, end: end, hasMeridiem: true)
    }

    /// A meridiem starting at token `index`: "pm", "p.m.", "p m", "p. m.", "a.m"; the half and where it ends.
    package func meridiem(at index: Int, in tokens: KeyedTokens) -> (pm: Bool, end: Int)? {
        guard let key = tokens.key(index) else { return nil }
        if let pm = Self.meridiems[key] {
            return (pm, index + 1)
        }
        guard let letter = Self.meridiemLetters[key], let end = meridiemTail(at: index + 1, in: tokens) else {
            return nil
        }
        return (letter, end)
    }

    /// The "m" of a spelled-out meridiem after its "a"/"p": ".m.", " m", ". m", ". m." (where it ends).
    private func meridiemTail(at index: Int, in tokens: KeyedTokens) -> Int? {
        var at = index
        if tokens.kind(at) == .terminal, tokens.bytes(at).count == 1 { at += 1 }
        guard tokens.isWord(at, in: Self.mWords) else { return nil }
        return at + 1
    }

    /// A part of the day after a time: "in the morning", "in the evening", "afternoon", "at night".
    private func dayPart(at index: Int, in tokens: KeyedTokens) -> (pm: Bool, end: Int)? {
        var at = index
        if tokens.isWord(at, Self.inWord), tokens.isWord(at + 1, Self.the) {
            at += 2
        } else if tokens.isWord(at, Self.atWord), tokens.isWord(at + 1, Self.night) {
            at += 1
        }
        guard let key = tokens.key(at), let pm = Self.dayParts[key] else { return nil }
        if at == index, tokens.isWord(at, Self.night) { return nil }  // "8 night" is not a time.
        return (pm, at + 1)
    }

    /// A number 0–59 in digits or words ("8", "eight", "twenty", "thirty five") and where it ends.
    package func smallNumber(at index: Int, in tokens: KeyedTokens) -> (value: Int, end: Int)? {
        if tokens.kind(index) == .number {
            let bytes = tokens.bytes(index)
            guard bytes.count <= 2, let value = Int(value: bytes) else { return nil }
            return (value, index + 1)
        }
        guard let key = tokens.key(index) else { return nil }
        if let unit = NumberWordParser.units[key] { return (Int(unit), index + 1) }
        if let tens = NumberWordParser.tens[key], tens <= 50 {
            if let key = tokens.key(index + 1), let unit = NumberWordParser.units[key], (1...9).contains(unit) {
                return (Int(tens + unit), index + 2)
            }
            return (Int(tens), index + 1)
        }
        return nil
    }

    /// Minutes in words after an hour in words ("thirty", "thirty five", "o five", "fifteen").
    package func minuteWords(at index: Int, in tokens: KeyedTokens) -> (value: Int, end: Int)? {
        guard tokens.kind(index) == .word, let number = smallNumber(at: index, in: tokens),
            (1...59).contains(number.value)
        else { return nil }
        return number
    }

    private static let a = WordKey.word("a")
    /// Words that may start a clock phrase: number words up to fifty-nine, "a", "half", "quarter".
    private static let starters: Set<WordKey> = {
        var words = Set(NumberWordParser.units.keys)
        for (key, value) in NumberWordParser.tens where value <= 50 { words.insert(key) }
        for word in ["a", "half", "quarter"] { if let key = WordKey.word(word) { words.insert(key) } }
        return words
    }()
    private static let atWord = WordKey.word("at")
    private static let inWord = WordKey.word("in")
    private static let the = WordKey.word("the")
    private static let to = WordKey.word("to")
    private static let half = WordKey.word("half")
    private static let quarter = WordKey.word("quarter")
    private static let quarters = WordKey.word("quarters")
    private static let three = WordKey.word("three")
    private static let night = WordKey.word("night")
    private static let past = WordKey.word("past")
    private static let pastWords = WordKey.set(["past", "after"])
    private static let minuteWords = WordKey.set(["min", "mins", "minute", "minutes"])
    /// "o'clock" as written (shared by the clock rules of both conventions).
    package static let oclock = WordKey.set(["o'clock", "oclock", "o’clock"])
    /// The "m" of a meridiem split off its letter ("p m", "p. m.").
    package static let mWords = WordKey.set(["m", "m."])
    private static let meridiems: [WordKey: Bool] = WordKey.table([
        "am": false, "am.": false, "a.m.": false, "a.m": false, "pm": true, "pm.": true, "p.m.": true, "p.m": true,
    ])
    private static let meridiemLetters: [WordKey: Bool] = WordKey.table(["a": false, "a.": false, "p": true, "p.": true])
    private static let dayParts: [WordKey: Bool] = WordKey.table([
        "morning": false, "afternoon": true, "evening": true, "night": true,
    ])
}
