/// A length of time led by a word that places it before or after the document date, written
/// without "the": "past 20 years", "next 3 days", "previous 3 weeks", "past few weeks", "past
/// month". TimeML keeps the qualifier in the span ("past 20 years" → `P20Y`), as
/// `DurationRule` already does after "the".
///
/// The value is the length (`P3D`, `PXW`; a lone singular unit is one of it: "past month" →
/// `P1M`). "next week", "last month" and other single units after "next"/"last" stay with
/// `RelativeDateRule`, which reads them as the period itself.
struct QualifiedLengthRule: TimeRule {
    private let durations = DurationRule()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let key = tokens.key(index), Self.qualifiers.contains(key), !tokens.isWord(index - 1, Self.the) else {
            return nil
        }
        let next = index + 1
        if let length = durations.match(at: next, in: tokens, anchor: anchor), length.type == .duration,
            length.tokens.lowerBound == next
        {
            var match = length
            match.tokens = index..<length.tokens.upperBound
            return match
        }
        guard Self.backward.contains(key), let word = TimeUnit.word(tokens.key(next)), !word.isPlural else {
            return nil
        }
        let value = TimexFormat.duration([DurationReader.Part(amount: word.multiple, unit: word.unit)])
        return TimeMatch(tokens: index..<next + 1, type: .duration, value: value, resolved: true)
    }

    private static let the = WordKey.word("the")
    private static let qualifiers = WordKey.set(["past", "previous", "next", "last", "coming", "following"])
    private static let backward = WordKey.set(["past", "previous"])
}
