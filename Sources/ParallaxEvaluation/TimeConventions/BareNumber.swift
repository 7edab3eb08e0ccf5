import ParallaxCore

/// A number standing alone where a range end, an hour or a day is expected ("from 5 to 6 pm",
/// "4 to 22 this month", "tonight at seven", "the 19th"): digits (`5`, `19th`) or words ("seven",
/// "twenty first").
struct BareNumber: Sendable {
    /// The value, 0–59.
    var value: Int
    /// Tokens covered.
    var tokens: Range<Int>

    /// The number at token `index`, optionally after "the" when it is a day ("the 19th").
    static func read(at index: Int, in tokens: KeyedTokens) -> BareNumber? {
        if let day = calendar.dayOfMonth(at: index, in: tokens) {
            return BareNumber(value: day, tokens: index..<index + 1)
        }
        if tokens.kind(index) == .number, let read = NumberWordParser.digitValue(tokens.bytes(index)), read.plain,
            read.value <= 59, tokens.bytes(index).count <= 2
        {
            return BareNumber(value: Int(read.value), tokens: index..<index + 1)
        }
        if let day = OrdinalDayWords.day(at: index, in: tokens, allowCardinal: true) {
            return BareNumber(value: day.value, tokens: index..<day.end)
        }
        if tokens.isWord(index, zero) { return BareNumber(value: 0, tokens: index..<index + 1) }
        return nil
    }

    /// Reads a day number, with a leading "the" ("the 19th").
    static func day(at index: Int, in tokens: KeyedTokens) -> BareNumber? {
        if tokens.isWord(index, the), var number = read(at: index + 1, in: tokens), (1...31).contains(number.value) {
            number.tokens = index..<number.tokens.upperBound
            return number
        }
        guard let number = read(at: index, in: tokens), (1...31).contains(number.value) else { return nil }
        return number
    }

    private static let calendar = CalendarNumberRules()
    private static let the = WordKey.word("the")
    private static let zero = WordKey.word("zero")
}
