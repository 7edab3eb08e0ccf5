/// Decides which numbers belong to calendar expressions — years, days of the month, clock times,
/// ISO dates — so that the time recognizer reports them and the quantity recognizer leaves them.
///
/// Rules:
/// - **Year**: a plain four-digit number (no separator, no decimals) is a year when it follows a
///   year cue ("in", "since", "by", "from", "until", "during", "of", "early", "late", "mid", a month
///   name, or "Month D,") and lies in 1000–2199; when it lies in 1900–2100 and follows a determiner
///   or possessive ("the 2024 elections", "Russia’s 2023 budget"); otherwise when it lies in
///   1900–2100 and nothing makes it a quantity: no currency sign before it, and no percent sign,
///   scale word, currency word, time unit or counted noun after it ("2000 troops" is a count). Followed by "GMT"/"UTC" it is a clock time instead. A season suffix (`2024-25`)
///   belongs to the year.
/// - **Day of month**: a number 1–31 (or an ordinal, `21st`) right after a month name
///   ("Jan. 21") or right before one, possibly with "of" between ("21 January", "21st of January").
/// - **Clock time**: `10:30`, `3 p.m.`, `3pm`, `3.30pm`, `10:30 a.m.`, `1200 GMT`.
/// - **ISO date**: `2025-01-21`.
package struct CalendarNumberRules: Sendable {
    /// A clock time read from text.
    struct ClockTime: Sendable {
        /// Hour, 0–23.
        var hour: Int
        /// Minute, 0–59.
        var minute: Int
        /// Tokens covered.
        var tokens: Range<Int>
    }

    /// Creates the rules.
    package init() {}

    /// The tokens of the calendar expression whose first number is token `index`, if it is one.
    func extent(at index: Int, in tokens: KeyedTokens) -> Range<Int>? {
        guard let kind = tokens.kind(index), kind == .number || kind == .alphanumeric else { return nil }
        if let iso = isoDate(at: index, in: tokens) { return iso.tokens }
        if let clock = clockTime(at: index, in: tokens) { return clock.tokens }
        if isYear(at: index, in: tokens) { return index..<seasonEnd(afterYear: index, in: tokens) }
        if dayOfMonth(at: index, in: tokens) != nil, isNextToMonth(index, in: tokens) { return index..<index + 1 }
        return nil
    }

    /// A four-digit year 1000–2199 written at token `index` ("the summer of 1994", "the third quarter of 1989").
    package func writtenYear(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard let year = fourDigitValue(at: index, in: tokens), (1000...2199).contains(year) else { return nil }
        return year
    }

    /// The value of a plain four-digit number at token `index`.
    func fourDigitValue(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.kind(index) == .number else { return nil }
        let bytes = tokens.bytes(index)
        guard bytes.count == 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// Whether the number at token `index` is a year.
    func isYear(at index: Int, in tokens: KeyedTokens) -> Bool {
        guard let value = fourDigitValue(at: index, in: tokens) else { return false }
        if tokens.isWord(index + 1, in: Self.clockZones) || tokens.kind(index - 1) == .currency { return false }
        if hasStrongYearCue(before: index, in: tokens) { return (1000...2199).contains(value) }
        guard (1900...2100).contains(value) else { return false }
        if tokens.isWord(index - 1, in: Self.determiners) || tokens.kind(index - 1) == .clitic { return true }
        let next = index + 1
        if tokens.kind(next) == .percent || tokens.isWord(next, in: Self.percentWords) { return false }
        if let key = tokens.key(next), NumberWordParser.scales[key] != nil || TimeUnit.word(key) != nil { return false }
        if Self.currencies.suffix(at: next, in: tokens) != nil { return false }
        if Self.nouns.noun(at: next, in: tokens) != nil { return false }
        return true
    }

    /// The day (1–31) written at token `index` as a plain number or an ordinal, without context checks.
    package func dayOfMonth(at index: Int, in tokens: KeyedTokens) -> Int? {
        let bytes = tokens.bytes(index)
        guard let kind = tokens.kind(index), kind == .number || kind == .alphanumeric,
            let read = NumberWordParser.digitValue(bytes), read.plain, read.end - bytes.startIndex <= 2
        else { return nil }
        if kind == .alphanumeric {
            guard let suffix = WordKey(bytes: bytes[read.end...]), Self.ordinalSuffixes.contains(suffix) else {
                return nil
            }
        }
        let day = Int(read.value)
        return (1...31).contains(day) ? day : nil
    }

    /// Whether token `index` is right after a month name or right before one (possibly with "of").
    func isNextToMonth(_ index: Int, in tokens: KeyedTokens) -> Bool {
        if MonthName.month(at: index - 1, in: tokens) != nil { return true }
        if MonthName.month(at: index + 1, in: tokens) != nil { return true }
        return tokens.isWord(index + 1, Self.of) && MonthName.month(at: index + 2, in: tokens) != nil
    }

    /// The clock time starting at token `index`.
    func clockTime(at index: Int, in tokens: KeyedTokens) -> ClockTime? {
        let bytes = tokens.bytes(index)
        guard let read = NumberWordParser.digitValue(bytes) else { return nil }
        let digits = bytes[bytes.startIndex..<read.end]
        if tokens.kind(index) == .alphanumeric {
            // 3pm, 10am, 3.30pm
            guard let suffix = WordKey(bytes: bytes[read.end...]), let pm = Self.meridiem[suffix],
                let time = Self.hourAndMinute(digits)
            else { return nil }
            return Self.twelveHour(time.hour, time.minute, pm: pm, tokens: index..<index + 1)
        }
        guard tokens.kind(index) == .number else { return nil }
        // 10:30 (a.m.)
        if tokens.isPunctuation(index + 1, 0x3A), tokens.gap(index + 1) == TokenGap.none,
            tokens.kind(index + 2) == .number, tokens.gap(index + 2) == TokenGap.none, read.plain,
            tokens.bytes(index + 2).count == 2, let minute = Int(value: tokens.bytes(index + 2)),
            let hour = Int(value: digits), hour <= 23, minute <= 59
        {
            if let key = tokens.key(index + 3), let pm = Self.meridiem[key] {
                return Self.twelveHour(hour, minute, pm: pm, tokens: index..<index + 4)
            }
            return ClockTime(hour: hour, minute: minute, tokens: index..<index + 3)
        }
        // 3 p.m., 3.30 p.m.
        if let key = tokens.key(index + 1), let pm = Self.meridiem[key], let time = Self.hourAndMinute(digits) {
            return Self.twelveHour(time.hour, time.minute, pm: pm, tokens: index..<index + 2)
        }
        // 1200 GMT
        if let value = fourDigitValue(at: index, in: tokens), tokens.isWord(index + 1, in: Self.clockZones),
            value / 100 <= 23, value % 100 <= 59
        {
            return ClockTime(hour: value / 100, minute: value % 100, tokens: index..<index + 2)
        }
        return nil
    }

    /// The ISO date (`2025-01-21`) starting at token `index`.
    func isoDate(at index: Int, in tokens: KeyedTokens) -> (date: CalendarDate, tokens: Range<Int>)? {
        guard let year = fourDigitValue(at: index, in: tokens), tokens.isPunctuation(index + 1, 0x2D),
            tokens.isPunctuation(index + 3, 0x2D), tokens.bytes(index + 2).count == 2,
            tokens.bytes(index + 4).count == 2,
            (1...4).allSatisfy({ tokens.gap(index + $0) == TokenGap.none }),
            let month = Int(value: tokens.bytes(index + 2)), let day = Int(value: tokens.bytes(index + 4)),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (date, index..<index + 5)
    }

    // MARK: Helpers

    private func hasStrongYearCue(before index: Int, in tokens: KeyedTokens) -> Bool {
        let previous = index - 1
        if tokens.isWord(previous, in: Self.yearCues) { return true }
        if MonthName.month(at: previous, in: tokens) != nil { return true }
        // "January 21, 2025"
        return tokens.isPunctuation(previous, 0x2C) && dayOfMonth(at: previous - 1, in: tokens) != nil
            && MonthName.month(at: previous - 2, in: tokens) != nil
    }

    private func seasonEnd(afterYear index: Int, in tokens: KeyedTokens) -> Int {
        let dash = index + 1
        let isDash = tokens.isPunctuation(dash, 0x2D) || tokens.kind(dash) == .dash
        guard isDash, tokens.gap(dash) == TokenGap.none, tokens.gap(dash + 1) == TokenGap.none,
            tokens.kind(dash + 1) == .number, tokens.bytes(dash + 1).count == 2
        else { return index + 1 }
        return dash + 2
    }

    private static func hourAndMinute(_ digits: ArraySlice<UInt8>) -> (hour: Int, minute: Int)? {
        if let dot = digits.firstIndex(of: 0x2E) {
            guard let hour = Int(value: digits[digits.startIndex..<dot]), digits.endIndex - dot == 3,
                let minute = Int(value: digits[(dot + 1)...]), minute <= 59
            else { return nil }
            return (hour, minute)
        }
        guard digits.count <= 2, let hour = Int(value: digits) else { return nil }
        return (hour, 0)
    }

    private static func twelveHour(_ hour: Int, _ minute: Int, pm: Bool, tokens: Range<Int>) -> ClockTime? {
        guard (1...12).contains(hour) else { return nil }
        let hour24 = hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour)
        return ClockTime(hour: hour24, minute: minute, tokens: tokens)
    }

    private static let of = WordKey.word("of")
    private static let yearCues = WordKey.set([
        "in", "since", "by", "from", "until", "till", "through", "during", "before", "after", "of", "early",
        "late", "mid", "circa", "year", "fiscal", "spring", "summer", "autumn", "fall", "winter",
    ])
    private static let determiners = WordKey.set([
        "the", "its", "his", "her", "their", "our", "this", "that", "last", "next",
    ])
    private static let clockZones = WordKey.set(["gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "msk"])
    private static let percentWords = WordKey.set(["percent", "per", "pct"])
    private static let ordinalSuffixes = WordKey.set(["st", "nd", "rd", "th"])
    private static let meridiem: [WordKey: Bool] = WordKey.table([
        "a.m.": false, "a.m": false, "am": false, "p.m.": true, "p.m": true, "pm": true,
    ])
    private static let currencies = CurrencyTable()
    private static let nouns = CountNounRules()
}
