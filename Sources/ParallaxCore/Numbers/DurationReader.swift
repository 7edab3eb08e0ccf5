/// Reads a length of time written after a number: "90 minutes", "an hour and 35 minutes",
/// "one-and-a-half hours", "an hour and a half", "an hour and half", "two hours 15 minutes", "two
/// more weeks", "an additional year", "eight trading days", and the adjective forms
/// "three-day", "90-minute", "half-hour", "two-week-long".
///
/// Shared by the quantity recognizer (which turns the parts into seconds) and the time
/// recognizer (which writes them as a TIMEX3 duration). Each further part must use a smaller unit
/// than the one before; "a second" is an ordinal ("a second term"), not a length of time.
package struct DurationReader: Sendable {
    /// One amount of one unit ("35 minutes").
    package struct Part: Sendable, Hashable {
        /// How many units.
        package var amount: Double
        /// The unit.
        package var unit: TimeUnit

        /// Creates a part.
        package init(amount: Double, unit: TimeUnit) {
            self.amount = amount
            self.unit = unit
        }
    }

    /// A length of time read from text.
    struct Match: Sendable {
        /// Index one past the last token read.
        var end: Int
        /// The parts, largest unit first.
        var parts: [Part]

        /// Total length in seconds.
        var seconds: Double { parts.reduce(0) { $0 + $1.amount * $1.unit.seconds } }
    }

    private let numbers = NumberWordParser()

    /// Creates the reader.
    init() {}

    /// The length of time that `number` starts, when a time unit follows it.
    func read(after number: ParsedNumber, in tokens: KeyedTokens) -> Match? {
        guard number.tail.isEmpty, let amount = number.point else { return nil }
        var index = number.tokens.upperBound
        // "two more weeks", "an additional year", "three extra days"
        if tokens.isWord(index, in: Self.increments), TimeUnit.word(tokens.key(index + 1)) != nil { index += 1 }
        // "eight trading days", "ten business days": days counted on a working calendar
        if tokens.isWord(index, in: Self.workingDays), TimeUnit.word(tokens.key(index + 1))?.unit == .day { index += 1 }
        guard let word = TimeUnit.word(tokens.key(index)) else { return nil }
        if number.needsUnit, word.unit == .second, !word.isPlural { return nil }
        var parts = [Part(amount: amount * word.multiple, unit: word.unit)]
        index += 1
        if tokens.isWord(index, Self.and), tokens.isWord(index + 1, in: Self.articles),
            tokens.isWord(index + 2, Self.half)
        {
            parts[0].amount += 0.5 * word.multiple
            index += 3
        } else if tokens.isWord(index, Self.and), tokens.isWord(index + 1, Self.half),
            TimeUnit.word(tokens.key(index + 2)) == nil
        {
            parts[0].amount += 0.5 * word.multiple  // "an hour and half"
            index += 2
        }
        while parts.count < 4, let smallest = parts.last?.unit {
            var next = index
            if tokens.isWord(next, Self.and) { next += 1 }
            guard let more = numbers.parse(at: next, in: tokens), more.tail.isEmpty, let value = more.point,
                let unit = TimeUnit.word(tokens.key(more.tokens.upperBound)), unit.unit < smallest
            else { break }
            parts.append(Part(amount: value * unit.multiple, unit: unit.unit))
            index = more.tokens.upperBound + 1
        }
        return Match(end: index, parts: parts)
    }

    /// The length of time of an adjective such as "three-day" or "90-minute": a number whose token
    /// ends in a singular time unit, optionally followed by "long".
    func adjective(_ number: ParsedNumber) -> Part? {
        guard let amount = number.point, let first = number.tail.first, let word = TimeUnit.word(first), !word.isPlural,
            number.tail.count == 1 || (number.tail.count == 2 && number.tail[1] == Self.long)
        else { return nil }
        return Part(amount: amount * word.multiple, unit: word.unit)
    }

    private static let and = WordKey.word("and")
    private static let half = WordKey.word("half")
    private static let long = WordKey.word("long")
    private static let increments = WordKey.set(["more", "additional", "extra", "further"])
    private static let workingDays = WordKey.set(["trading", "business", "working"])
    private static let articles = WordKey.set(["a", "an"])
}
