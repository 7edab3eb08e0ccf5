import ParallaxCore

/// Decades as conversation names them, which Recognizers-Text reads and TimeML news rules leave
/// to context: "the 70s", "70's", "the seventies" (a decade of no century:
/// `(XX70-01-01,XX80-01-01,P10Y)`), "the nineteen seventies" (`197`), "the two thousands", "the
/// noughties" (`200`), "the twenty-tens", "the two thousand and tens" (`201`), "this decade", and
/// counted decades from the document's: "the next decade" (`(2020-01-01,2030-01-01,P10Y)` in
/// 2016), "the past 2 decades" (`(1990-01-01,2010-01-01,P20Y)`), whole decades either way.
///
/// Used only in `TimeConvention.recognizersText`.
struct DecadeRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let position = tokens.isWord(index, Self.the) ? index + 1 : index
        if let counted = counted(at: position, start: index, in: tokens, anchor: anchor) { return counted }
        if let key = tokens.key(position), let tens = DecadeWords.table[key] {
            return centuryless(tens, tokens: index..<position + 1)
        }
        if let digits = twoDigitDecade(at: position, in: tokens) {
            return centuryless(digits.tens, tokens: index..<digits.end)
        }
        guard let named = namedDecade(at: position, in: tokens) else { return nil }
        let value = TimexFormat.decade(startingIn: named.start)
        return TimeMatch(tokens: index..<named.end, type: .date, value: value.value, days: value.days)
    }

    /// "this decade", "the next decade", "the past 2 decades", "last two decades".
    private func counted(at index: Int, start: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let anchor, let key = tokens.key(index), let direction = Self.directions[key] else { return nil }
        var position = index + 1
        var count = 1
        if let number = BareNumber.read(at: position, in: tokens), (1...10).contains(number.value) {
            count = number.value
            position = number.tokens.upperBound
        }
        guard tokens.isWord(position, Self.decade) || (count > 1 && tokens.isWord(position, Self.decades)) else {
            return nil
        }
        let current = anchor.year / 10 * 10
        let first = direction > 0 ? current + 10 : direction < 0 ? current - 10 * count : current
        let value = TimexRange(
            start: "\(CalendarDate.pad(first, 4))-01-01", end: "\(CalendarDate.pad(first + 10 * count, 4))-01-01",
            duration: "P\(10 * count)Y")
        let days = DayInterval(
            first: TimexFormat.year(first).days.first, last: TimexFormat.year(first + 10 * count - 1).days.last)
        return TimeMatch(tokens: start..<position + 1, type: .date, value: value.description, days: days)
    }

    /// "70s", "70's", "'70s" (with the apostrophe its own token or not).
    private func twoDigitDecade(at index: Int, in tokens: KeyedTokens) -> (tens: Int, end: Int)? {
        var token = index
        if [.openQuote, .closeQuote].contains(tokens.kind(token)), tokens.gap(token + 1) == TokenGap.none { token += 1 }
        var bytes = tokens.bytes(token)
        var end = token + 1
        if tokens.kind(token) == .number, tokens.kind(token + 1) == .clitic || tokens.kind(token + 1) == .word,
            tokens.gap(token + 1) == TokenGap.none, Self.pluralSuffixes.contains(tokens.lowercased(token + 1))
        {
            end = token + 2  // "70" "'s"
        } else {
            guard tokens.kind(token) == .alphanumeric, bytes.last == 0x73 else { return nil }
            bytes = bytes.dropLast()
            if bytes.last == 0x27 || bytes.last == 0x92 { bytes = bytes.dropLast() }
            if bytes.first == 0x27 { bytes = bytes.dropFirst() }
        }
        guard bytes.count == 2, let number = Int(value: bytes), number % 10 == 0 else { return nil }
        return (number, end)
    }

    /// "nineteen seventies", "two thousands", "noughties", "twenty-tens", "two thousand and tens".
    private func namedDecade(at index: Int, in tokens: KeyedTokens) -> (start: Int, end: Int)? {
        if tokens.isWord(index, Self.noughties) { return (2000, index + 1) }
        let segments = tokens.segments(index)
        if segments.count == 2, let first = segments[0], let second = segments[1], let century = Self.centuries[first],
            let tens = DecadeWords.table[second]
        {
            return (century * 100 + tens, index + 1)  // "twenty-tens"
        }
        if tokens.isWord(index, Self.two), tokens.isWord(index + 1, Self.thousands) { return (2000, index + 2) }
        if tokens.isWord(index, Self.two), tokens.isWord(index + 1, Self.thousand) {
            let next = tokens.isWord(index + 2, Self.and) ? index + 3 : index + 2
            guard let tens = tokens.key(next).flatMap({ DecadeWords.table[$0] }) else { return nil }
            return (2000 + tens, next + 1)
        }
        guard let key = tokens.key(index), let century = Self.centuries[key],
            let tens = tokens.key(index + 1).flatMap({ DecadeWords.table[$0] })
        else { return nil }
        return (century * 100 + tens, index + 2)
    }

    private func centuryless(_ tens: Int, tokens range: Range<Int>) -> TimeMatch {
        let start = "XX" + CalendarDate.pad(tens, 2)
        let end = "XX" + CalendarDate.pad((tens + 10) % 100, 2)
        return TimeMatch(tokens: range, type: .date, value: "(\(start)-01-01,\(end)-01-01,P10Y)", resolved: false)
    }

    private static let the = WordKey.word("the")
    private static let two = WordKey.word("two")
    private static let thousand = WordKey.word("thousand")
    private static let thousands = WordKey.word("thousands")
    private static let and = WordKey.word("and")
    private static let noughties = WordKey.word("noughties")
    private static let decade = WordKey.word("decade")
    private static let decades = WordKey.word("decades")
    private static let pluralSuffixes: Set<String> = ["'s", "’s", "s"]
    private static let directions: [WordKey: Int] = WordKey.table([
        "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1,
    ])
    private static let centuries: [WordKey: Int] = WordKey.table([
        "nineteen": 19, "eighteen": 18, "twenty": 20, "seventeen": 17,
    ])
}
