/// Centuries named by their ordinal: "the 20th century", "the eleventh century", "20th century"
/// (`19`, `10`: TimeML writes a century as its two leading digits, so the 20th century is the
/// hundred years 1900–1999, as "the 1900s"). The 1st century has no TimeML value and is left out.
struct CenturyRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let position = tokens.isWord(index, Self.the) ? index + 1 : index
        // The noun first: it is rare, the ordinal reader is not free.
        guard tokens.isWord(position + 1, Self.century) || tokens.isWord(position + 2, Self.century),
            let ordinal = ordinal(at: position, in: tokens), (2...30).contains(ordinal.value),
            tokens.isWord(ordinal.end, Self.century)
        else { return nil }
        let value = TimexFormat.century(ordinal.value)
        return TimeMatch(tokens: index..<ordinal.end + 1, type: .date, value: value.value, days: value.days)
    }

    /// An ordinal in digits ("20th", "21st") or words ("eleventh", "twenty-first").
    private func ordinal(at index: Int, in tokens: KeyedTokens) -> (value: Int, end: Int)? {
        if tokens.kind(index) == .alphanumeric {
            let bytes = tokens.bytes(index)
            let digits = bytes.prefix { (0x30...0x39).contains($0) }
            guard !digits.isEmpty, let value = Int(value: digits),
                let suffix = WordKey(bytes: bytes[digits.endIndex...]), Self.suffixes.contains(suffix)
            else { return nil }
            return (value, index + 1)
        }
        return OrdinalDayWords.day(at: index, in: tokens, allowCardinal: false)
    }

    private static let the = WordKey.word("the")
    private static let century = WordKey.word("century")
    private static let suffixes = WordKey.set(["st", "nd", "rd", "th"])
}
