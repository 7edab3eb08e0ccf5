import ParallaxCore

/// A feed timestamp: the calendar day as the feed writes it, with the time of day and the offset
/// from UTC when the feed gives them.
///
/// The ``date`` is the day in the writer's own zone (what the outlet calls the article's date), so
/// `Tue, 21 Jan 2025 23:30:00 -0500` is 21 January even though it is the 22nd in UTC; ``utcDate``
/// gives the UTC day.
public struct FeedDate: Sendable, Hashable {
    /// The day as written.
    public var date: CalendarDate
    /// Seconds since midnight as written, when a time is given.
    public var secondsOfDay: Int?
    /// Minutes east of UTC; `nil` when the zone is missing or unknown (`-0000`, military letters other than `Z`).
    public var utcOffsetMinutes: Int?

    /// Creates a timestamp.
    public init(date: CalendarDate, secondsOfDay: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.date = date
        self.secondsOfDay = secondsOfDay
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The day in UTC (the written day when the time or the zone is unknown).
    public var utcDate: CalendarDate {
        guard let seconds = secondsOfDay, let offset = utcOffsetMinutes else { return date }
        let minutes = seconds / 60 - offset
        return date.adding(days: minutes < 0 ? -1 : minutes >= 1440 ? 1 : 0)
    }

    /// Reads an RFC 822 / RFC 2822 date as RSS `pubDate` uses it: `[Tue,] 21 Jan 2025 15:04[:05] [zone]`.
    ///
    /// Lenient where feeds are: full day and month names, two-digit years (< 50 → 20xx), a missing
    /// time or zone, `+05:30`-style offsets and a trailing `(comment)`. Zones: `±hhmm`, `UT`, `GMT`,
    /// `UTC`, `Z`, and the North American `EST`/`EDT`/`CST`/`CDT`/`MST`/`MDT`/`PST`/`PDT`.
    public init?(rfc822 text: String) {
        let tokens = text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
            .filter { !$0.hasPrefix("(") }
        var index = 0
        if index < tokens.count, tokens[index].first?.isLetter == true {
            guard Self.isWeekday(tokens[index]) else { return nil }
            index += 1
        }
        guard index + 3 <= tokens.count,
            let day = Int(tokens[index]), tokens[index].count <= 2,
            let month = Self.month(tokens[index + 1]),
            let rawYear = Int(tokens[index + 2]), tokens[index + 2].count == 2 || tokens[index + 2].count == 4
        else { return nil }
        let year = tokens[index + 2].count == 2 ? (rawYear < 50 ? 2000 + rawYear : 1900 + rawYear) : rawYear
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        index += 3
        var seconds: Int?
        var offset: Int?
        if index < tokens.count {
            guard let time = Self.time(tokens[index]) else { return nil }
            seconds = time
            index += 1
            if index < tokens.count {
                guard let zone = Self.rfc822Zone(tokens[index]) else { return nil }
                offset = zone
                index += 1
            }
        }
        guard index == tokens.count else { return nil }
        self.init(date: date, secondsOfDay: seconds, utcOffsetMinutes: offset)
    }

    /// Reads an RFC 3339 timestamp as Atom and `dc:date` use it: `2025-01-21T15:04:05[.123](Z|±hh:mm)`,
    /// or a bare `2025-01-21`. Lenient about a lowercase or space separator and `±hhmm` offsets.
    public init?(rfc3339 text: String) {
        let text = text.trimmingSpacesAndNewlines()
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, let date = CalendarDate(iso: String(String.UnicodeScalarView(scalars[0..<10]))),
            scalars[4] == "-", scalars[7] == "-"
        else { return nil }
        guard scalars.count > 10 else {
            self.init(date: date)
            return
        }
        guard scalars[10] == "T" || scalars[10] == "t" || scalars[10] == " " else { return nil }
        var rest = String(String.UnicodeScalarView(scalars[11...]))
        var offset: Int?
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            offset = 0
            rest.removeLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            guard let zone = Self.numericOffset(String(rest[sign...])) else { return nil }
            offset = zone == Int.min ? nil : zone
            rest = String(rest[..<sign])
        }
        if let dot = rest.firstIndex(of: ".") {
            guard rest[rest.index(after: dot)...].allSatisfy(\.isASCIIDigitCharacter), rest.index(after: dot) < rest.endIndex
            else { return nil }
            rest = String(rest[..<dot])
        }
        guard let time = Self.time(rest) else { return nil }
        self.init(date: date, secondsOfDay: time, utcOffsetMinutes: offset)
    }

    /// Reads a feed date in either form: RFC 3339 first (it starts with a digit and a dash), else RFC 822.
    public init?(feedText text: String) {
        let trimmed = text.trimmingSpacesAndNewlines()
        if let date = FeedDate(rfc3339: trimmed) {
            self = date
        } else if let date = FeedDate(rfc822: trimmed) {
            self = date
        } else {
            return nil
        }
    }

    /// The first three letters of each month's name, January first (`jan` … `dec`), from `MonthName`.
    static let months = MonthName.fullNames.map { String($0.prefix(3)) }
    /// The first three letters of each weekday's name, Monday first (`mon` … `sun`), from `WeekdayName`.
    static let weekdays = WeekdayName.fullNames.map { String($0.prefix(3)) }

    /// The month number of an English month name or its abbreviation (`Jan`, `Sept`, `January`).
    static func month(_ word: String) -> Int? {
        let lower = word.lowercased().trimmingCharacters(inSet: ".")
        guard lower.count >= 3, let index = months.firstIndex(of: String(lower.prefix(3))) else { return nil }
        let full = MonthName.fullNames[index]
        return full.hasPrefix(lower) || lower == "sept" ? index + 1 : nil
    }

    /// Whether `word` is an English weekday name or abbreviation.
    static func isWeekday(_ word: String) -> Bool {
        let lower = word.lowercased().trimmingCharacters(inSet: ".")
        guard lower.count >= 3, let index = weekdays.firstIndex(of: String(lower.prefix(3))) else { return false }
        let full = WeekdayName.fullNames[index]
        return full.hasPrefix(lower) || lower == "tues" || lower == "thurs"
    }

    /// Seconds since midnight of `h:mm` or `hh:mm:ss`.
    static func time(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) ?? 99 : 0
        guard second <= 60 else { return nil }
        return hour * 3600 + minute * 60 + min(second, 59)
    }

    /// The offset of an RFC 822 zone in minutes: `.some(nil)` for a zone that says it is unknown
    /// (`-0000`, military letters other than `Z`, RFC 2822 §4.3), nil for text that is not a zone.
    static func rfc822Zone(_ text: String) -> Int?? {
        switch text.uppercased() {
        case "UT", "GMT", "UTC", "Z": return .some(0)
        case "EST": return .some(-300)
        case "EDT": return .some(-240)
        case "CST": return .some(-360)
        case "CDT": return .some(-300)
        case "MST": return .some(-420)
        case "MDT": return .some(-360)
        case "PST": return .some(-480)
        case "PDT": return .some(-420)
        default: break
        }
        if text.count == 1, text.first?.isLetter == true { return .some(nil) }  // military zones: unknown (RFC 2822 §4.3)
        guard let offset = numericOffset(text) else { return nil }
        return .some(offset == Int.min ? nil : offset)
    }

    /// Minutes of `±hhmm` or `±hh:mm`; `Int.min` for `-0000` (RFC 2822's "zone unknown"); nil when malformed
    /// or past ±23:59.
    static func numericOffset(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigitCharacter), text.dropFirst().count == 4 || text.dropFirst().count == 5,
            let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours < 24, minutes < 60
        else { return nil }
        if hours == 0 && minutes == 0 && sign == "-" { return Int.min }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    /// The string without leading and trailing copies of the characters in `set`.
    func trimmingCharacters(inSet set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
