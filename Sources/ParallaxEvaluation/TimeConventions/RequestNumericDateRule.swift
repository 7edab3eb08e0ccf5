import ParallaxCore

/// Month and day written with numbers where requests write them and news rarely does, which
/// `NumericDateRule` leaves to context: "4/22" and "22/04" anywhere, "4-22" after a date preposition
/// ("in 4-22", not "at 4-22", a clock reading), "4.22" after "on" or "in" (both also after a weekday:
/// "friday 7-6"), a year after a comma
/// ("11/12,2016", "08/12,15"), a year first with the month by name ("2019/sep/01", "2019-aug-1"),
/// and a year and month joined by a dot ("2015.3").
///
/// The first number is the month when it can be one (US order), else the day; a month and day
/// without a year take the year `MonthDayResolver` picks. A unit, "of" or a percent sign after the
/// numbers makes them a quantity ("3/4 of", "1/2 hour").
///
/// Used only in `TimeConvention.recognizersText`.
struct RequestNumericDateRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.kind(index) == .number, !tokens.isWord(index - 1, Self.at) else { return nil }
        if let named = yearFirst(at: index, in: tokens, anchor: anchor) { return named }
        let bytes = tokens.bytes(index)
        if let dot = bytes.firstIndex(of: 0x2E), dot - bytes.startIndex == 4 {
            // "2015.3": a year and month, unless a unit or scale makes it a quantity.
            guard let year = Int(value: bytes[bytes.startIndex..<dot]), (1900...2100).contains(year),
                bytes.endIndex - dot - 1 <= 2, let month = Int(value: bytes[(dot + 1)...]), (1...12).contains(month),
                tokens.kind(index + 1) != .word || TimeUnit.word(tokens.key(index + 1)) == nil && !tokens.isWord(index + 1, in: Self.scales),
                tokens.kind(index - 1) != .currency
            else { return nil }
            let value = TimexFormat.month(year: year, month: month)
            return TimeMatch(tokens: index..<index + 1, type: .date, value: value.value, days: value.days)
        }
        if let dot = bytes.firstIndex(of: 0x2E) {
            guard tokens.isWord(index - 1, in: Self.dotCues) || WeekdayName.weekdayAnyCase(at: index - 1, in: tokens) != nil,
                bytes.lazy.filter({ $0 == 0x2E }).count == 1,
                let a = Int(value: bytes[bytes.startIndex..<dot]), let b = Int(value: bytes[(dot + 1)...]),
                dot - bytes.startIndex <= 2, bytes.endIndex - dot - 1 <= 2
            else { return nil }
            return date(a, b, year: nil, tokens: index..<index + 1, in: tokens, anchor: anchor)
        }
        guard bytes.count <= 2, let a = Int(value: bytes), tokens.gap(index + 1) == TokenGap.none,
            tokens.gap(index + 2) == TokenGap.none, tokens.kind(index + 2) == .number, tokens.bytes(index + 2).count <= 2,
            let b = Int(value: tokens.bytes(index + 2))
        else { return nil }
        if tokens.isPunctuation(index + 1, 0x2D) {
            guard tokens.isWord(index - 1, in: Self.dashCues) || WeekdayName.weekdayAnyCase(at: index - 1, in: tokens) != nil
            else { return nil }
        } else if !tokens.isPunctuation(index + 1, 0x2F) {
            return nil
        }
        if tokens.isPunctuation(index + 3, 0x2F) || tokens.isPunctuation(index + 3, 0x2D) { return nil }  // NumericDateRule's.
        var end = index + 3
        var year: Int?
        if tokens.isPunctuation(end, 0x2C), tokens.gap(end) == TokenGap.none, tokens.gap(end + 1) == TokenGap.none,
            tokens.kind(end + 1) == .number, let written = Int(value: tokens.bytes(end + 1))
        {
            switch tokens.bytes(end + 1).count {
            case 4: year = written
            case 2: year = written + (written < 50 ? 2000 : 1900)
            default: break
            }
            if year != nil { end += 2 }
        }
        if tokens.isWord(end, Self.of) || tokens.kind(end) == .percent || TimeUnit.word(tokens.key(end)) != nil {
            return nil
        }
        return date(a, b, year: year, tokens: index..<end, in: tokens, anchor: anchor)
    }

    /// "2019/sep/01", "2019-aug-1".
    private func yearFirst(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let year = Self.calendar.writtenYear(at: index, in: tokens),
            let separator = tokens.bytes(index + 1).first, separator == 0x2F || separator == 0x2D,
            tokens.kind(index + 1) == .punctuation, let month = MonthName.monthAnyCase(at: index + 2, in: tokens),
            tokens.isPunctuation(index + 3, separator), tokens.kind(index + 4) == .number,
            (1...4).allSatisfy({ tokens.gap(index + $0) == TokenGap.none }),
            let day = Int(value: tokens.bytes(index + 4))
        else { return nil }
        return MonthDayResolver.match(month: month, day: day, year: year, tokens: index..<index + 5, in: tokens, anchor: anchor)
    }

    private func date(_ a: Int, _ b: Int, year: Int?, tokens range: Range<Int>, in tokens: KeyedTokens, anchor: CalendarDate?)
        -> TimeMatch?
    {
        let (month, day) = (1...12).contains(a) ? (a, b) : (b, a)
        return MonthDayResolver.match(month: month, day: day, year: year, tokens: range, in: tokens, anchor: anchor)
    }

    private static let calendar = CalendarNumberRules()
    private static let at = WordKey.word("at")
    private static let of = WordKey.word("of")
    private static let dotCues = WordKey.set(["on", "in"])
    private static let scales = WordKey.set(["million", "billion", "thousand", "percent", "m", "bn"])
    private static let dashCues = WordKey.set([
        "on", "in", "by", "from", "to", "until", "till", "since", "before", "after", "for", "through",
    ])
}
