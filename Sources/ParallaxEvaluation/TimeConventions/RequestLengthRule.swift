import ParallaxCore

/// Lengths of time as requests write them, which Recognizers-Text reads but TimeML
/// news annotation does not: units glued to the number or abbreviated ("3h", "3day", "3.5years",
/// "30-minutes", "3 h"), a whole unit ("all day", "full-week", "whole year": `P1D`, `P1W`, `P1Y`),
/// one more unit ("another hour", "another business day": `PT1H`, `P1BD`), a couple of units
/// ("a couple of days": `P2D`), vague amounts counted as three, as Recognizers-Text counts them
/// ("few hours", "a few minutes", "several days", "some days": `PT3H`, `PT3M`, `P3D`, `P3D`), "a
/// half hour" (`PT30M`), and one clock unit after "next", "last", "past" or "previous" ("next
/// hour", "last minute": `PT1H`, `PT1M`, which `LengthComposition` then counts from now); those
/// words lead the other forms too ("previous 3mins", "next few hours").
///
/// Used only in `TimeConvention.recognizersText`.
struct RequestLengthRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if tokens.isWord(index, in: Self.steps), var led = glued(at: index + 1, in: tokens) ?? counted(at: index + 1, in: tokens) {
            led.tokens = index..<led.tokens.upperBound  // "previous 3mins", "next few hours": counted from now.
            return led
        }
        return glued(at: index, in: tokens) ?? whole(at: index, in: tokens) ?? counted(at: index, in: tokens)
            ?? stepped(at: index, in: tokens)
    }

    /// "3h", "3day", "3.5years", "30-minutes", and "3 h".
    private func glued(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        switch tokens.kind(index) {
        case .alphanumeric:
            let bytes = tokens.bytes(index)
            guard let read = NumberWordParser.digitValue(bytes), read.end < bytes.endIndex else { return nil }
            var rest = bytes[read.end...]
            if rest.first == 0x2D { rest = rest.dropFirst() }
            guard let unit = Self.unit(WordKey(bytes: rest)) else { return nil }
            return length(read.value * unit.multiple, unit.unit, tokens: index..<index + 1)
        case .number:
            guard tokens.isWord(index + 1, Self.h), tokens.kind(index + 2) != .number,
                let read = NumberWordParser.digitValue(tokens.bytes(index)),
                read.end == tokens.bytes(index).endIndex
            else { return nil }
            return length(read.value, .hour, tokens: index..<index + 2)
        default:
            return nil
        }
    }

    /// "all day", "all-week", "full month", "whole year".
    private func whole(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let segments = tokens.segments(index)
        if segments.count == 2, let first = segments[0], Self.wholeWords.contains(first),
            let word = TimeUnit.word(segments[1]), !word.isPlural
        {
            return length(word.multiple, word.unit, tokens: index..<index + 1)
        }
        guard tokens.isWord(index, in: Self.wholeWords), let word = TimeUnit.word(tokens.key(index + 1)), !word.isPlural
        else { return nil }
        return length(word.multiple, word.unit, tokens: index..<index + 2)
    }

    /// "another hour", "another business day", "a couple of days", "couple of weeks", "few hours",
    /// "a few minutes", "several days", "some days", "a half hour".
    private func counted(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        if tokens.isWord(index, Self.another) {
            if tokens.isWord(index + 1, Self.business), tokens.isWord(index + 2, Self.day) {
                return TimeMatch(tokens: index..<index + 3, type: .duration, value: "P1BD")
            }
            guard let word = TimeUnit.word(tokens.key(index + 1)), !word.isPlural else { return nil }
            return length(word.multiple, word.unit, tokens: index..<index + 2)
        }
        let start = index
        let at = tokens.isWord(index, in: Self.articles) ? index + 1 : index
        if tokens.isWord(at, Self.half), at > index, let word = TimeUnit.word(tokens.key(at + 1)), !word.isPlural {
            return length(0.5 * word.multiple, word.unit, tokens: start..<at + 2)
        }
        let amount: Double
        var unitIndex = at + 1
        if tokens.isWord(at, Self.couple) {
            guard tokens.isWord(at + 1, Self.of) else { return nil }
            amount = 2
            unitIndex += 1
        } else if tokens.isWord(at, in: Self.vagueAmounts), at == index || tokens.isWord(at, Self.few) {
            amount = 3
        } else {
            return nil
        }
        guard let word = TimeUnit.word(tokens.key(unitIndex)), word.isPlural else { return nil }
        return length(amount * word.multiple, word.unit, tokens: start..<unitIndex + 1)
    }

    /// "next hour", "last minute", "previous second": one clock unit next to now.
    private func stepped(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard tokens.isWord(index, in: Self.steps), let word = TimeUnit.word(tokens.key(index + 1)), !word.isPlural,
            word.unit.isClockUnit, !tokens.isWord(index + 2, Self.of)
        else { return nil }
        return length(word.multiple, word.unit, tokens: index..<index + 2)
    }

    private func length(_ amount: Double, _ unit: TimeUnit, tokens range: Range<Int>) -> TimeMatch {
        TimeMatch(
            tokens: range, type: .duration,
            value: TimexFormat.duration([DurationReader.Part(amount: amount, unit: unit)]))
    }

    /// A unit word glued to a number: the ordinary unit words and "h".
    private static func unit(_ key: WordKey?) -> TimeUnit.Word? {
        if key == h { return TimeUnit.Word(unit: .hour, multiple: 1, isPlural: false) }
        return TimeUnit.word(key)
    }

    private static let h = WordKey.word("h")
    private static let another = WordKey.word("another")
    private static let business = WordKey.word("business")
    private static let day = WordKey.word("day")
    private static let half = WordKey.word("half")
    private static let couple = WordKey.word("couple")
    private static let of = WordKey.word("of")
    private static let few = WordKey.word("few")
    private static let articles = WordKey.set(["a", "an"])
    private static let wholeWords = WordKey.set(["all", "full", "whole"])
    private static let vagueAmounts = WordKey.set(["few", "several", "some"])
    private static let steps = WordKey.set(["next", "last", "past", "previous"])
}
