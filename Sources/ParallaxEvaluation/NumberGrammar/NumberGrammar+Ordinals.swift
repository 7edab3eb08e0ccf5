import ParallaxCore

/// Ordinals: positional ("21st", "eleventh", "one hundred twenty-fifth") and relative ("last", "next
/// to last", "the one before the last").
extension NumberGrammar {
    /// An ordinal phrase: optional cardinal words then an ordinal word ("twenty-fifth", "two
    /// hundredth", "one hundred twenty fifth").
    func ordinalPhrase(at index: Int) -> (value: Double, end: Int, plural: Bool)? {
        if let entry = OrdinalWords.entry(lexeme(index)?.key), !entry.isDenominatorOnly, lexeme(index)?.kind == .word {
            return (entry.value, index + 1, entry.isPlural)
        }
        var prefix: Cardinal?
        if ["a", "an"].contains(text(index)), text(index + 1) == "hundred" || scaleValue(index + 1) != nil {
            prefix = continueWords(value: 1, from: index + 1, last: .unit)
        } else if unitValue(index) != nil || tensValue(index) != nil {
            prefix = continueWords(value: 0, from: index, last: .start)
        }
        guard let prefix else { return nil }
        var position = prefix.end
        if isSymbol(position, Self.dashes) { position += 1 }
        guard let entry = OrdinalWords.entry(lexeme(position)?.key), !entry.isDenominatorOnly else { return nil }
        let value: Double
        if entry.isScale {
            guard [.unit, .teen, .tens, .hundred].contains(prefix.last) else { return nil }
            let remainder = prefix.value.truncatingRemainder(dividingBy: 1000)
            value = prefix.value - remainder + remainder * entry.value
        } else if entry.value < 10 {
            guard [.tens, .hundred, .scale].contains(prefix.last) else { return nil }
            value = prefix.value + entry.value
        } else {
            guard [.hundred, .scale].contains(prefix.last) else { return nil }
            value = prefix.value + entry.value
        }
        return (value, position + 1, entry.isPlural)
    }

    /// A positional ordinal ("21st", "eleventh", "one hundred twenty-fifth"), singular only.
    func ordinal(at index: Int) -> NumberMention? {
        if isDigits(index) {
            guard !(isAdjacent(index) && lexeme(index - 1)?.kind == .word), let run = digitRun(at: index), !run.decimal,
                let suffix = lexeme(run.end), suffix.isAdjacent, Self.ordinalSuffixes.contains(suffix.text)
            else { return nil }
            return mention(index, Cardinal(value: run.value, end: run.end + 1, kind: .ordinal, last: .unit))
        }
        guard let phrase = ordinalPhrase(at: index), !phrase.plural else { return nil }
        return mention(index, Cardinal(value: phrase.value, end: phrase.end, kind: .ordinal, last: .unit))
    }

    /// Relative ordinals: "last", "next", "previous", "current", "penultimate", "antepenultimate",
    /// and the phrases "next to last", "second to last", "last but one", "the one before the last (one)",
    /// "next one", "previous one", "current one".
    func relativeOrdinal(at index: Int) -> NumberMention? {
        for (phrase, kind, offset) in Self.relativePhrases {
            guard phrase.indices.allSatisfy({ text(index + $0) == phrase[$0] && lexeme(index + $0)?.kind == .word })
            else { continue }
            let end = index + phrase.count
            return NumberMention(
                span: TextSpan(start: lexemes[index].start, end: lexemes[end - 1].end), kind: kind, value: offset,
                lexemes: index..<end, hasGluedWord: false)
        }
        return nil
    }

    private static let relativePhrases: [([String], NumberMentionKind, Double)] = [
        (["the", "one", "before", "the", "last", "one"], .ordinalFromEnd, -1),
        (["the", "one", "before", "the", "last"], .ordinalFromEnd, -1),
        (["the", "last", "but", "one"], .ordinalFromEnd, -1), (["the", "second", "to", "last"], .ordinalFromEnd, -1),
        (["next", "to", "last"], .ordinalFromEnd, -1), (["second", "to", "last"], .ordinalFromEnd, -1),
        (["last", "but", "one"], .ordinalFromEnd, -1), (["previous", "one"], .ordinalFromCurrent, -1),
        (["next", "one"], .ordinalFromCurrent, 1), (["current", "one"], .ordinalFromCurrent, 0),
        (["antepenultimate"], .ordinalFromEnd, -2), (["penultimate"], .ordinalFromEnd, -1),
        (["last"], .ordinalFromEnd, 0), (["next"], .ordinalFromCurrent, 1), (["previous"], .ordinalFromCurrent, -1),
        (["current"], .ordinalFromCurrent, 0),
    ]
}
