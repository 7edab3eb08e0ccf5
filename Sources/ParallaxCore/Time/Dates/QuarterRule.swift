/// Quarters of a year, as business news writes them: "the third quarter", "third-quarter",
/// "the first quarter of 2024", "the 4th quarter", "Q3", "Q3 2024", "the 1988 third quarter",
/// "this year's third quarter", "last year's fourth quarter" → `2024-Q3`, with the quarter's
/// three months as days.
///
/// Without a written year a quarter is the document year's, unless that quarter has not begun by
/// the document date, then the year before (results are reported after a quarter ends). Without a
/// document date the value is `XXXX-Q3`, unresolved. "Quarterly" is not a recurrence here: in
/// business news it is almost always an adjective ("quarterly earnings").
struct QuarterRule: TimeRule {
    private let calendar = CalendarNumberRules()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var next = tokens.isWord(index, Self.the) ? index + 1 : index
        // "the 1988 third quarter", "this year's third quarter", "last year's fourth quarter"
        var prefixYear: Int?
        if let written = calendar.writtenYear(at: next, in: tokens), isQuarterName(at: next + 1, in: tokens) {
            prefixYear = written
            next += 1
        } else if let key = tokens.key(next), let offset = Self.yearDirections[key], tokens.isWord(next + 1, Self.yearWord),
            tokens.kind(next + 2) == .clitic, isQuarterName(at: next + 3, in: tokens)
        {
            guard let anchor else { return nil }
            prefixYear = anchor.year + offset
            next += 3
        }
        let quarter: Int
        if let key = tokens.key(next), let number = Self.ordinals[key], tokens.isWord(next + 1, Self.quarterWord) {
            quarter = number
            next += 2
        } else if let number = hyphenatedQuarter(at: next, in: tokens) {
            quarter = number
            next += 1
        } else if tokens.firstByte(next) == 0x51, let key = tokens.key(next), let number = Self.shortForms[key] {
            quarter = number  // "Q3"
            next += 1
        } else {
            return nil
        }
        var year: Int?
        if tokens.isWord(next, Self.of), let written = calendar.writtenYear(at: next + 1, in: tokens) {
            year = written
            next += 2
        } else if let written = calendar.writtenYear(at: next, in: tokens) {
            year = written
            next += 1
        } else if tokens.isWord(next, Self.of), let spoken = SpokenYearRule.spokenYear(at: next + 1, in: tokens) {
            year = spoken.value  // "the first quarter of two thousand and twenty"
            next = spoken.end
        }
        if year == nil { year = prefixYear }
        let range = index..<next
        let firstMonth = (quarter - 1) * 3 + 1
        guard let resolvedYear = year ?? anchor.map({ impliedYear(quarter: firstMonth, anchor: $0) }) else {
            return TimeMatch(tokens: range, type: .date, value: "XXXX-Q\(quarter)", resolved: false)
        }
        let first = TimexFormat.month(year: resolvedYear, month: firstMonth).days.first
        let last = TimexFormat.month(year: resolvedYear, month: firstMonth + 2).days.last
        return TimeMatch(
            tokens: range, type: .date, value: "\(CalendarDate.pad(resolvedYear, 4))-Q\(quarter)",
            days: DayInterval(first: first, last: last))
    }

    /// Whether a quarter ("third quarter", "third-quarter") is named at token `index`.
    private func isQuarterName(at index: Int, in tokens: KeyedTokens) -> Bool {
        if let key = tokens.key(index), Self.ordinals[key] != nil, tokens.isWord(index + 1, Self.quarterWord) {
            return true
        }
        return hyphenatedQuarter(at: index, in: tokens) != nil
    }

    /// "third-quarter".
    private func hyphenatedQuarter(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.kind(index) == .word, tokens.bytes(index).contains(0x2D) else { return nil }
        let segments = tokens.segments(index)
        guard segments.count == 2, let first = segments[0], segments[1] == Self.quarterWord else { return nil }
        return Self.ordinals[first]
    }

    private func impliedYear(quarter firstMonth: Int, anchor: CalendarDate) -> Int {
        firstMonth > anchor.month ? anchor.year - 1 : anchor.year
    }

    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let quarterWord = WordKey.word("quarter")
    private static let yearWord = WordKey.word("year")
    private static let yearDirections: [WordKey: Int] = WordKey.table(["last": -1, "this": 0, "next": 1])
    private static let ordinals: [WordKey: Int] = WordKey.table([
        "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ])
    private static let shortForms: [WordKey: Int] = WordKey.table(["q1": 1, "q2": 2, "q3": 3, "q4": 4])
}
