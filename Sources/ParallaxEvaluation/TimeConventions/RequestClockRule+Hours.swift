import ParallaxCore

/// Clock readings that start with the hour: hours and minutes in words ("eight forty"), an hour
/// with its anchor word ("12 noon", "1 o'clock lunchtime"), approximate hours ("11ish") and short or
/// dotted meridiems ("9p", "9:00a", "9.am", "7h01").
extension RequestClockRule {
    /// A clock reading in one of the request forms starting at `index`.
    func reading(at index: Int, in tokens: KeyedTokens) -> (hour: Int, minute: Int, end: Int)? {
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


    /// `true` for "p", `false` for "a", nil for any other byte.
    private static func letter(_ byte: UInt8?) -> Bool? {
        switch byte {
        case 0x70, 0x50: true
        case 0x61, 0x41: false
        default: nil
        }
    }
}
