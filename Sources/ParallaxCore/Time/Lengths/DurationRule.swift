/// Lengths of time: "90 minutes" (`PT90M`), "an hour and 35 minutes" (`PT1H35M`),
/// "one-and-a-half hours" (`PT1H30M`), "three days" (`P3D`), "three-day" (`P3D`), "two weeks"
/// (`P2W`), "the past three years" (`P3Y`), "the past hour" (`PT1H`), and lengths of unknown
/// amount, written with `X`: "several days" (`PXD`), "for decades" (`PXDE`), "hours of talks"
/// (`PTXH`), "tens of thousands of years" (`PXY`), "the past few weeks" (`PXW`). "In recent
/// months" is not a length but a reference to the past (`PAST_REF`, `RelativeDateRule`), as Parallax's
/// issue on time expressions specifies.
///
/// "The next three quarters" is `P9M`; "several-year" `PXY`, "day-long" `P1D`.
/// "A couple of years" is `P2Y`; "two more weeks" and "an additional year" are lengths
/// (`DurationReader`); "52 years old" is an age, not a length of time.
///
/// A bare plural unit is a duration only after "for", "over", "after", "within", "lasting", "in" or
/// before "of"; an article amount after a figure or "per"/"once"/"twice" ("$240bn a year") is a
/// rate, not a duration. Hedges ("about 90 minutes") stay outside the span.
package struct DurationRule: TimeRule {
    private let numbers = NumberWordParser()
    private let durations = DurationReader()

    /// Creates the rule.
    package init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if tokens.isWord(index, Self.the), tokens.isWord(index + 1, in: Self.pastWords) {
            return lengthOrVague(at: index + 2, start: index, in: tokens, singularIsOne: true)
        }
        let aFew = tokens.isWord(index, Self.a) && tokens.isWord(index + 1, Self.few)
        if aFew || tokens.isWord(index, in: Self.vagueAmounts) {
            let unitIndex = aFew ? index + 2 : index + 1
            if let word = TimeUnit.word(tokens.key(unitIndex)), word.isPlural {
                return vague(word.unit, tokens: index..<unitIndex + 1)
            }
        }
        if let word = TimeUnit.word(tokens.key(index)), word.isPlural,
            tokens.isWord(index - 1, in: Self.cues) || tokens.isWord(index + 1, Self.of)
        {
            return vague(word.unit, tokens: index..<index + 1)
        }
        return lengthOrVague(at: index, start: index, in: tokens, singularIsOne: false)
    }

    /// A number and unit at `index` (or, with `singularIsOne`, a lone unit: "the past hour").
    private func lengthOrVague(at index: Int, start: Int, in tokens: KeyedTokens, singularIsOne: Bool) -> TimeMatch? {
        // "the past few weeks", "the next several years"
        if singularIsOne, tokens.isWord(index, in: Self.vagueAmounts), let word = TimeUnit.word(tokens.key(index + 1)),
            word.isPlural
        {
            return vague(word.unit, tokens: start..<index + 2)
        }
        if singularIsOne, let word = TimeUnit.word(tokens.key(index)) {
            if word.isPlural { return vague(word.unit, tokens: start..<index + 1) }
            let part = DurationReader.Part(amount: word.multiple, unit: word.unit)
            return TimeMatch(tokens: start..<index + 1, type: .duration, value: TimexFormat.duration([part]))
        }
        if let couple = coupleOf(at: index, start: start, in: tokens) { return couple }
        if singularIsOne, let quarters = quarters(at: index, start: start, in: tokens) { return quarters }
        if start == index, let hyphenated = hyphenated(at: index, in: tokens) { return hyphenated }
        guard let number = numbers.parse(at: index, in: tokens) else { return nil }
        if !number.tail.isEmpty {
            guard let part = durations.adjective(number) else { return nil }
            return TimeMatch(
                tokens: start..<number.tokens.upperBound, type: .duration, value: TimexFormat.duration([part]))
        }
        if number.isVague, let word = TimeUnit.word(tokens.key(number.tokens.upperBound)) {
            return vague(word.unit, tokens: start..<number.tokens.upperBound + 1)
        }
        if number.needsUnit, start == index, isRate(before: index, in: tokens) { return nil }
        guard let length = durations.read(after: number, in: tokens) else { return nil }
        // "52 years old" is an age, a quantity (`PatternQuantityRecognizer`), not a length of time.
        if tokens.isWord(length.end, Self.old) { return nil }
        return TimeMatch(tokens: start..<length.end, type: .duration, value: TimexFormat.duration(length.parts))
    }

    /// "a couple of years", "the next couple of weeks": two of the unit.
    private func coupleOf(at index: Int, start: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let couple = tokens.isWord(index, Self.a) ? index + 1 : index
        guard tokens.isWord(couple, Self.couple), tokens.isWord(couple + 1, Self.of),
            let word = TimeUnit.word(tokens.key(couple + 2)), word.isPlural
        else { return nil }
        let part = DurationReader.Part(amount: 2 * word.multiple, unit: word.unit)
        return TimeMatch(tokens: start..<couple + 3, type: .duration, value: TimexFormat.duration([part]))
    }

    /// "the next three quarters", "the past two quarters": three months each (`P9M`); "three
    /// quarters" alone is a fraction.
    private func quarters(at index: Int, start: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard tokens.isWord(index + 1, Self.quartersWord) else { return nil }
        let count =
            tokens.kind(index) == .number ? Int(value: tokens.bytes(index)) : tokens.key(index).flatMap { Self.counts[$0] }
        guard let count, (1...12).contains(count) else { return nil }
        let part = DurationReader.Part(amount: Double(3 * count), unit: .month)
        return TimeMatch(tokens: start..<index + 2, type: .duration, value: TimexFormat.duration([part]))
    }

    /// Hyphenated lengths without a figure: "several-year", "multi-year" (`PXY`), "day-long"
    /// (`P1D`), "decades-long" (`PXDE`).
    private func hyphenated(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let bytes = tokens.bytes(index)
        guard tokens.kind(index) == .word, let hyphen = bytes.firstIndex(of: 0x2D),
            let head = WordKey(bytes: bytes[bytes.startIndex..<hyphen]), let tail = WordKey(bytes: bytes[(hyphen + 1)...])
        else { return nil }
        let range = index..<index + 1
        if Self.vagueHeads.contains(head), let word = TimeUnit.word(tail), !word.isPlural {
            return vague(word.unit, tokens: range)
        }
        guard tail == Self.long, let word = TimeUnit.word(head) else { return nil }
        if word.isPlural { return vague(word.unit, tokens: range) }
        let part = DurationReader.Part(amount: word.multiple, unit: word.unit)
        return TimeMatch(tokens: range, type: .duration, value: TimexFormat.duration([part]))
    }

    private func vague(_ unit: TimeUnit, tokens range: Range<Int>) -> TimeMatch {
        TimeMatch(tokens: range, type: .duration, value: TimexFormat.vagueDuration(unit))
    }

    /// Whether an article amount ("a year") follows a figure or a rate word.
    private func isRate(before index: Int, in tokens: KeyedTokens) -> Bool {
        let previous = index - 1
        if let kind = tokens.kind(previous), [.number, .alphanumeric, .percent].contains(kind) { return true }
        return tokens.isWord(previous, in: Self.rateWords) || tokens.isWord(previous, in: Self.scales)
    }

    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let few = WordKey.word("few")
    private static let old = WordKey.word("old")
    private static let couple = WordKey.word("couple")
    private static let long = WordKey.word("long")
    private static let quartersWord = WordKey.word("quarters")
    private static let vagueHeads = vagueAmounts.union(WordKey.set(["multi"]))
    private static let counts: [WordKey: Int] = WordKey.table([
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    ])
    private static let pastWords = WordKey.set(["past", "last", "previous", "next", "coming", "first"])
    private static let a = WordKey.word("a")
    private static let vagueAmounts = WordKey.set(["several", "many", "few"])
    private static let cues = WordKey.set(["for", "over", "after", "within", "lasting", "spanning", "in"])
    private static let rateWords = WordKey.set(["per", "times", "once", "twice", "thrice", "every", "each"])
    private static let scales = WordKey.set(["thousand", "million", "billion", "trillion", "dollars", "euros", "yuan"])
}
