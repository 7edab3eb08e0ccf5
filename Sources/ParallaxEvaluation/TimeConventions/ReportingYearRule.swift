import ParallaxCore

/// Quarters and kinds of year as requests name them, read the Recognizers-Text way: quarters from
/// the document date's ("last quarter", "the next quarter", "current quarter": `2019-Q2`; a "the"
/// before the qualifier stays out of the span), quarters of a written year ("2017 q1", "2017-q1",
/// "q1 of 2017"), and fiscal, school and calendar years ("last fiscal year" `FY2018`, "the school
/// year 2008" `SY2008`, "sy18", "this calendar year" and "cy18" as plain years, "fiscal year" alone
/// `FYXXXX`).
///
/// Used only in `TimeConvention.recognizersText`.
struct ReportingYearRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let start = tokens.isWord(index, Self.the) ? index + 1 : index
        return relativeQuarter(at: start, in: tokens, anchor: anchor) ?? writtenQuarter(at: start, in: tokens)
            ?? kindOfYear(at: start, in: tokens, anchor: anchor)
    }

    /// "last quarter", "next quarter", "current quarter", "past quarter".
    private func relativeQuarter(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let anchor, let shift = tokens.key(index).flatMap({ Self.shifts[$0] }),
            tokens.isWord(index + 1, Self.quarter)
        else { return nil }
        let quarters = anchor.year * 4 + (anchor.month - 1) / 3 + shift
        return quarterMatch(year: quarters / 4, quarter: quarters % 4 + 1, tokens: index..<index + 2)
    }

    /// "2017 q1", "2017-q1", "q1 of 2017", "q3 2019".
    private func writtenQuarter(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        if let year = Self.calendar.writtenYear(at: index, in: tokens) {
            var next = index + 1
            if tokens.isPunctuation(next, 0x2D), tokens.gap(next) == TokenGap.none { next += 1 }
            guard let quarter = Self.quarterName(tokens.bytes(next)) else { return nil }
            return quarterMatch(year: year, quarter: quarter, tokens: index..<next + 1)
        }
        guard let quarter = Self.quarterName(tokens.bytes(index)) else { return nil }
        let yearIndex = tokens.isWord(index + 1, Self.of) ? index + 2 : index + 1
        guard let year = Self.calendar.writtenYear(at: yearIndex, in: tokens) else { return nil }
        return quarterMatch(year: year, quarter: quarter, tokens: index..<yearIndex + 1)
    }

    /// "last fiscal year", "the school year 2008", "cy 2008", "sy18", "this calendar year", "fiscal year".
    private func kindOfYear(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var position = index
        var shift: Int?
        if let key = tokens.key(position), let step = Self.shifts[key] {
            shift = step
            position += 1
        }
        let prefix: String
        var year: Int?
        var end: Int
        if let key = tokens.key(position), let kind = Self.kinds[key], tokens.isWord(position + 1, Self.yearWord) {
            prefix = kind
            end = position + 2
        } else if let key = tokens.key(position), let kind = Self.abbreviations[key] {
            prefix = kind
            end = position + 1
        } else if shift == nil, let glued = Self.gluedYear(tokens.bytes(position)) {
            prefix = glued.prefix
            year = glued.year
            end = position + 1
        } else {
            return nil
        }
        if year == nil, shift == nil, let written = Self.calendar.writtenYear(at: end, in: tokens) {
            year = written
            end += 1
        }
        if year == nil, let shift, let anchor { year = anchor.year + shift }
        guard year != nil || end == position + 2 else { return nil }  // "cy" alone is not a year.
        guard let year else {
            return TimeMatch(tokens: index..<end, type: .date, value: prefix + "XXXX", resolved: false)
        }
        if prefix.isEmpty {
            let value = TimexFormat.year(year)
            return TimeMatch(tokens: index..<end, type: .date, value: value.value, days: value.days)
        }
        return TimeMatch(tokens: index..<end, type: .date, value: prefix + CalendarDate.pad(year, 4), resolved: false)
    }

    private func quarterMatch(year: Int, quarter: Int, tokens range: Range<Int>) -> TimeMatch {
        let value = TimexFormat.quarter(year: year, quarter: quarter)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// 1–4 for "q1" … "q4" (any case).
    private static func quarterName(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 2, bytes.first == 0x51 || bytes.first == 0x71, let digit = bytes.last, (0x31...0x34).contains(digit)
        else { return nil }
        return Int(digit - 0x30)
    }

    /// "sy18", "cy2018", "fy19": a kind of year glued to a two- or four-digit year.
    private static func gluedYear(_ bytes: ArraySlice<UInt8>) -> (prefix: String, year: Int)? {
        guard bytes.count == 4 || bytes.count == 6, let key = WordKey(bytes: bytes.prefix(2)), let prefix = abbreviations[key],
            let number = Int(value: bytes.dropFirst(2))
        else { return nil }
        return (prefix, bytes.count == 4 ? 2000 + number : number)
    }

    private static let calendar = CalendarNumberRules()
    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let quarter = WordKey.word("quarter")
    private static let yearWord = WordKey.word("year")
    private static let shifts: [WordKey: Int] = WordKey.table([
        "this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1,
    ])
    private static let kinds: [WordKey: String] = WordKey.table(["fiscal": "FY", "school": "SY", "calendar": ""])
    private static let abbreviations: [WordKey: String] = WordKey.table(["fy": "FY", "sy": "SY", "cy": ""])
}
