/// Days of the month and ordinal counts written in words: "second", "twenty first",
/// "twenty-second", "thirtieth", and (after "the") a cardinal such as "fifteen".
/// Its own small table: the Quantities folder's `OrdinalWords` reads positions of numbers, this one calendar days.
package enum OrdinalDayWords {
    /// The number 1–31 written in words from token `index` and the token after it; nil when there is none.
    package static func day(at index: Int, in tokens: KeyedTokens, allowCardinal: Bool) -> (value: Int, end: Int)? {
        guard tokens.kind(index) == .word else { return nil }
        let segments = tokens.segments(index)
        if segments.count == 2, let tens = segments[0].flatMap({ Self.tens[$0] }),
            let unit = segments[1].flatMap({ Self.ordinals[$0] }), unit < 10
        {
            return (tens + unit, index + 1)
        }
        guard let key = tokens.key(index) else { return nil }
        if let tens = Self.tens[key] {
            if let next = tokens.key(index + 1), let unit = Self.ordinals[next], unit < 10 {
                return tens + unit <= 31 ? (tens + unit, index + 2) : nil
            }
            if allowCardinal, let next = tokens.key(index + 1), let unit = NumberWordParser.units[next], unit >= 1,
                unit < 10
            {
                return tens + Int(unit) <= 31 ? (tens + Int(unit), index + 2) : nil
            }
        }
        if let ordinal = Self.ordinals[key] { return (ordinal, index + 1) }
        if allowCardinal, let unit = NumberWordParser.units[key], unit >= 1 { return (Int(unit), index + 1) }
        if allowCardinal, let tens = Self.tens[key], tens <= 30 { return (tens, index + 1) }
        return nil
    }

    /// The ordinal count (1–5) named by token `index`: "first" … "fifth", "1st" … "5th".
    package static func count(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard let key = tokens.key(index), let value = Self.ordinals[key] ?? Self.digitOrdinals[key], value <= 5 else {
            return nil
        }
        return value
    }

    private static let ordinals: [WordKey: Int] = WordKey.table([
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30,
    ])
    private static let digitOrdinals: [WordKey: Int] = WordKey.table(["1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5])
    private static let tens: [WordKey: Int] = WordKey.table(["twenty": 20, "thirty": 30])
}
