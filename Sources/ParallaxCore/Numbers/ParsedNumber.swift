/// A number read from one or more tokens by `NumberWordParser`, before any unit is attached.
package struct ParsedNumber: Sendable {
    /// Tokens the number covers (its last token may continue with `tail`).
    package var tokens: Range<Int>
    /// The value: a point, or an interval for round plurals ("tens of thousands").
    package var value: ValueInterval
    /// The scale word that ends the number ("million" in "three million", "bn" in "240bn"), else 1.
    package var scale: Double = 1
    /// Hyphenated words after the number inside its last token ("year", "old" in "71-year-old").
    var tail: [WordKey?] = []
    /// Whether the number is only an article or fraction ("an", "half a") that counts as a number
    /// only before a unit ("an hour", "half an hour").
    var needsUnit = false
    /// Whether the value is a round plural ("dozens", "tens of thousands").
    var isVague = false
    /// Whether the number is written in words.
    var isWords = false
    /// The value of a single token of plain digits ("2023", not "2,023" or "20.5"), for calendar checks.
    var plainInteger: Int?

    /// The point value, when the number is one.
    var point: Double? { value.isPoint ? value.low : nil }

    /// The number without its trailing scale (3 for "three million").
    var unscaled: ValueInterval {
        ValueInterval(
            low: value.low / scale, high: value.high / scale, lowOpen: value.lowOpen, highOpen: value.highOpen)
    }
}
