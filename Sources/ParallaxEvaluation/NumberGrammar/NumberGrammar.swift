import ParallaxCore

import Foundation

/// The number grammar behind `NumberExtractor`, over a lexeme array (see its rules).
struct NumberGrammar: Sendable {
    let lexemes: [NumberLexeme]
    let readsOutOf: Bool

    /// What the last word of a cardinal was, for the word grammar.
    private enum Last { case start, unit, teen, tens, hundred, scale, dozen, digits, and }

    /// A cardinal read so far.
    private struct Cardinal {
        var value: Double
        var end: Int
        var kind: NumberMentionKind
        var last: Last
        var glued = false
        /// The value before a tens word that followed a hundred or scale, and the tens word's index.
        var split: (before: Double, tens: Double, index: Int)?
        var isWords = false
    }

    // MARK: Lexeme helpers

    private func lexeme(_ index: Int) -> NumberLexeme? {
        index >= 0 && index < lexemes.count ? lexemes[index] : nil
    }

    private func text(_ index: Int) -> String { lexeme(index)?.text ?? "" }

    private func isSymbol(_ index: Int, _ symbols: Set<String>) -> Bool {
        guard let lexeme = lexeme(index), lexeme.kind == .symbol else { return false }
        return symbols.contains(lexeme.text)
    }

    private func isAdjacent(_ index: Int) -> Bool { lexeme(index)?.isAdjacent ?? false }

    private func isDigits(_ index: Int) -> Bool { lexeme(index)?.kind == .digits }

    private func mention(_ start: Int, _ reading: Cardinal) -> NumberMention {
        let first = lexemes[start]
        let last = lexemes[max(start, reading.end - 1)]
        return NumberMention(
            span: TextSpan(start: first.start, end: last.end), kind: reading.kind, value: reading.value,
            lexemes: start..<reading.end, hasGluedWord: reading.glued)
    }

    static let minusWords: Set<String> = ["minus", "negative"]
    static let dashes: Set<String> = ["-", "\u{2212}"]
    static let vulgar: [String: Double] = [
        "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]
    static let gluedScales: [String: Double] = [
        "k": 1e3, "b": 1e9, "g": 1e9, "bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    ]
    static let extraScales: [String: Double] = ["lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    private func unitValue(_ index: Int) -> Double? {
        guard let key = lexeme(index)?.key, lexeme(index)?.kind == .word else { return nil }
        return NumberWordParser.units[key]
    }

    private func tensValue(_ index: Int) -> Double? {
        guard let key = lexeme(index)?.key, lexeme(index)?.kind == .word else { return nil }
        return NumberWordParser.tens[key]
    }

    private func scaleValue(_ index: Int) -> Double? {
        guard let lexeme = lexeme(index), lexeme.kind == .word else { return nil }
        if let extra = Self.extraScales[lexeme.text] { return extra }
        guard let key = lexeme.key, let scale = NumberWordParser.scales[key], scale >= 1e3 else { return nil }
        return scale
    }

    private func isNumberWord(_ index: Int) -> Bool {
        unitValue(index) != nil || tensValue(index) != nil || text(index) == "hundred" || scaleValue(index) != nil
            || OrdinalWords.entry(lexeme(index)?.key) != nil
    }

    // MARK: Numbers

    /// A cardinal number (integer, decimal, fraction, power) or a digit ordinal starting at `index`.
    func number(at index: Int, afterPrefix: Bool = false) -> NumberMention? {
        guard let first = lexeme(index) else { return nil }
        // Digits glued to letters before them are an identifier ("scp173", "L202", "scp-173").
        if !afterPrefix, first.kind == .digits, first.isAdjacent {
            if lexeme(index - 1)?.kind == .word { return nil }
            if isSymbol(index - 1, Self.dashes), isAdjacent(index - 1), lexeme(index - 2)?.kind == .word { return nil }
        }
        var sign = 1.0
        var start = index
        if first.kind == .word, Self.minusWords.contains(first.text) {
            sign = -1
            start = index + 1
        } else if first.kind == .symbol, Self.dashes.contains(first.text), isSignPosition(index) {
            sign = -1
            start = index + 1
        }
        guard var reading = magnitude(at: start) else { return nil }
        if sign < 0 {
            if reading.kind.isOrdinal { return nil }
            reading.value = -reading.value
        }
        return mention(index, reading)
    }

    /// Whether a dash at `index` is a minus sign: digits follow and no number or word touches it before.
    private func isSignPosition(_ index: Int) -> Bool {
        guard isDigits(index + 1) || (isSymbol(index + 1, ["."]) && isDigits(index + 2)) else { return false }
        guard let previous = lexeme(index - 1) else { return true }
        switch previous.kind {
        case .digits: return false
        case .word: return lexemes[index].space > 0 && !isNumberWord(index - 1)
        case .symbol: return !(previous.text == "-" || previous.text == "/" || previous.text == ".") || lexemes[index].space > 0
        }
    }

    private func magnitude(at index: Int) -> Cardinal? {
        guard let first = lexeme(index) else { return nil }
        switch first.kind {
        case .digits: return digitLed(at: index)
        case .symbol:
            if let value = Self.vulgar[first.text] {
                return Cardinal(value: value, end: index + 1, kind: .fraction, last: .digits)
            }
            if first.text == ".", isDigits(index + 1), isAdjacent(index + 1), !(isDigits(index - 1) && first.isAdjacent) {
                guard let fraction = Double("0." + text(index + 1)) else { return nil }
                var reading = Cardinal(value: fraction, end: index + 2, kind: .decimal, last: .digits)
                if lexeme(index + 2)?.kind == .word, isAdjacent(index + 2) { reading.glued = true }
                return reading
            }
            return nil
        case .word: return wordLed(at: index)
        }
    }

    /// Digits with thousands groups and a decimal part; `end` is past the last lexeme used.
    private func digitRun(at index: Int) -> (value: Double, end: Int, decimal: Bool)? {
        guard isDigits(index) else { return nil }
        var digits = text(index)
        var end = index + 1
        var grouped = false
        while isSymbol(end, [","]), isAdjacent(end), isDigits(end + 1), isAdjacent(end + 1) {
            let count = text(end + 1).count
            let more = isSymbol(end + 2, [","]) && isAdjacent(end + 2) && isDigits(end + 3) && isAdjacent(end + 3)
            guard count == 3 || (count == 2 && more) else { break }
            digits += text(end + 1)
            end += 2
            grouped = true
        }
        if !grouped, text(index).count <= 3 {
            while isDigits(end), lexemes[end].space == 1, text(end).count == 3, !isSymbol(end + 1, ["/"]) {
                digits += text(end)
                end += 1
            }
        }
        var decimal = false
        if isSymbol(end, ["."]), isAdjacent(end), isDigits(end + 1), isAdjacent(end + 1) {
            let chained = (isSymbol(end + 2, ["."]) && isAdjacent(end + 2) && isDigits(end + 3))
                || (isSymbol(index - 1, ["."]) && isAdjacent(index) && isDigits(index - 2))
            if !chained {
                digits += "." + text(end + 1)
                end += 2
                decimal = true
            }
        }
        guard let value = Double(digits) else { return nil }
        return (value, end, decimal)
    }

    private func digitLed(at index: Int) -> Cardinal? {
        guard let run = digitRun(at: index) else { return nil }
        var reading = Cardinal(value: run.value, end: run.end, kind: run.decimal ? .decimal : .integer, last: .digits)
        var end = run.end
        let chainedBefore = (isSymbol(index - 1, ["/", "-"]) && isAdjacent(index) && isDigits(index - 2))
        // Fractions: "3/4", "2 1/4".
        if !run.decimal, isSymbol(end, ["/"]), isAdjacent(end), isDigits(end + 1), isAdjacent(end + 1), !chainedBefore,
            !(isSymbol(end + 2, ["/", "-"]) && isAdjacent(end + 2)), let denominator = Double(text(end + 1)), denominator > 0
        {
            reading.value = run.value / denominator
            reading.kind = .fraction
            reading.end = end + 2
            return finishDigits(reading)
        }
        if !run.decimal, isDigits(end), lexemes[end].space > 0, isSymbol(end + 1, ["/"]), isAdjacent(end + 1),
            isDigits(end + 2), isAdjacent(end + 2), let numerator = Double(text(end)), let denominator = Double(text(end + 2)),
            numerator < denominator, !(isSymbol(end + 3, ["/"]) && isAdjacent(end + 3))
        {
            reading.value = run.value + numerator / denominator
            reading.kind = .fraction
            reading.end = end + 3
            return finishDigits(reading)
        }
        if let word = lexeme(end), word.kind == .word, word.isAdjacent {
            if Self.ordinalSuffixes.contains(word.text), !run.decimal {
                reading.kind = .ordinal
                reading.end = end + 1
                return reading
            }
            if word.text == "e", let exponent = signedDigits(at: end + 1) {
                reading.value = run.value * pow(10, exponent.value)
                reading.kind = .power
                reading.end = exponent.end
                return reading
            }
            if let scale = Self.gluedScales[word.text] ?? (word.text == "m" && word.hasUppercase ? 1e6 : nil) {
                reading.value = run.value * scale
                reading.end = end + 1
                return reading
            }
            reading.glued = true
            return reading
        }
        if isSymbol(end, ["^"]), isAdjacent(end), let exponent = signedDigits(at: end + 1) {
            reading.value = pow(run.value, exponent.value)
            reading.kind = .power
            reading.end = exponent.end
            return reading
        }
        end = reading.end
        return finishDigits(reading)
    }

    /// After digits: separated scale words and a word tail ("2 million", "3 hundred and 21", "2.33 k").
    private func finishDigits(_ reading: Cardinal) -> Cardinal {
        var reading = reading
        if text(reading.end) == "k", lexeme(reading.end)?.kind == .word, !isDigits(reading.end + 1) {
            reading.value *= 1e3
            reading.end += 1
            return reading
        }
        guard reading.kind != .fraction else { return reading }
        if let more = continueWords(value: reading.value, from: reading.end, last: .digits) {
            return more
        }
        return reading
    }

    /// An exponent: adjacent signs then adjacent digits ("+14", "--23", "-1").
    private func signedDigits(at index: Int) -> (value: Double, end: Int)? {
        var sign = 1.0
        var position = index
        while isSymbol(position, ["+", "-"]), isAdjacent(position) {
            if text(position) == "-" { sign = -sign }
            position += 1
        }
        guard isDigits(position), isAdjacent(position), let run = digitRun(at: position) else { return nil }
        return (sign * run.value, run.end)
    }

    // MARK: Words

    private func wordLed(at index: Int) -> Cardinal? {
        let word = text(index)
        if word == "a" || word == "an" {
            if text(index + 1) == "hundred" || text(index + 1) == "dozen" || scaleValue(index + 1) != nil {
                guard var reading = continueWords(value: 1, from: index + 1, last: .unit, isWords: true) else { return nil }
                reading.isWords = true
                return fractionTail(reading)
            }
            if let denominator = denominator(at: index + 1, numerator: 1) {
                return scaled(Cardinal(value: 1 / denominator.value, end: denominator.end, kind: .fraction, last: .dozen))
            }
            return nil
        }
        if word == "half" || word == "quarter" {
            let part = word == "half" ? 0.5 : 0.25
            if ["a", "an"].contains(text(index + 1)), let scale = scaleValue(index + 2) ?? (text(index + 2) == "dozen" ? 12 : nil) {
                return Cardinal(value: part * scale, end: index + 3, kind: .integer, last: .scale)
            }
            if let scale = scaleValue(index + 1) {
                return Cardinal(value: part * scale, end: index + 2, kind: .integer, last: .scale)
            }
            return nil
        }
        guard unitValue(index) != nil || tensValue(index) != nil else { return nil }
        guard let reading = continueWords(value: 0, from: index, last: .start, isWords: true) else { return nil }
        return fractionTail(reading)
    }

    /// "point five", fractions and "over"/"out of" after a cardinal read in words.
    private func fractionTail(_ reading: Cardinal) -> Cardinal {
        var reading = reading
        let end = reading.end
        if reading.kind == .integer, text(end) == "point", unitValue(end + 1) != nil || tensValue(end + 1) != nil {
            var digits = ""
            var position = end + 1
            while true {
                if let tens = tensValue(position) {
                    var value = Int(tens)
                    var next = position + 1
                    if isSymbol(next, Self.dashes), let unit = unitValue(next + 1), unit < 10 { next += 1 }
                    if let unit = unitValue(next), unit > 0, unit < 10 {
                        value += Int(unit)
                        next += 1
                    }
                    digits += String(value)
                    position = next
                } else if let unit = unitValue(position), unit < 10 {
                    digits += String(Int(unit))
                    position += 1
                } else {
                    break
                }
            }
            if let fraction = Double("0." + digits) {
                reading.value += fraction
                reading.kind = .decimal
                reading.end = position
            }
            return reading
        }
        guard reading.kind == .integer else { return reading }
        // "one hundred thirty fifths": the tens joins the unit ordinal as denominator.
        if let split = reading.split, split.index == end - 1, let entry = OrdinalWords.entry(lexeme(end)?.key),
            !entry.isScale, !entry.isDenominatorOnly, entry.value < 10, entry.isPlural || split.before == 1
        {
            reading.value = split.before / (split.tens + entry.value)
            reading.kind = .fraction
            reading.end = end + 1
            return scaled(reading)
        }
        if let denominator = denominator(at: end, numerator: reading.value) {
            reading.value /= denominator.value
            reading.kind = .fraction
            reading.end = denominator.end
            return scaled(reading)
        }
        if text(end) == "over" || (readsOutOf && text(end) == "out" && text(end + 1) == "of") {
            let start = text(end) == "over" ? end + 1 : end + 2
            if let other = plainCardinal(at: start), other.value != 0 {
                reading.value /= other.value
                reading.kind = .fraction
                reading.end = other.end
            }
        }
        return reading
    }

    /// A fraction followed by a scale word ("three quarters billion").
    private func scaled(_ reading: Cardinal) -> Cardinal {
        var reading = reading
        if let scale = scaleValue(reading.end) {
            reading.value *= scale
            reading.end += 1
        }
        return reading
    }

    /// A cardinal in digits or words with no fraction tail (for denominators of "over").
    private func plainCardinal(at index: Int) -> Cardinal? {
        if isDigits(index) { return digitRun(at: index).map { Cardinal(value: $0.value, end: $0.end, kind: .integer, last: .digits) } }
        guard unitValue(index) != nil || tensValue(index) != nil else { return nil }
        return continueWords(value: 0, from: index, last: .start, isWords: true)
    }

    /// The denominator at `index` for a numerator: an ordinal word or ordinal phrase ("fifths",
    /// "twenty fifths", "one hundred fifth"), plural unless the numerator is one.
    private func denominator(at index: Int, numerator: Double) -> (value: Double, end: Int)? {
        var position = index
        if isSymbol(position, Self.dashes), OrdinalWords.entry(lexeme(position + 1)?.key) != nil { position += 1 }
        if let entry = OrdinalWords.entry(lexeme(position)?.key), lexeme(position)?.kind == .word {
            guard entry.isPlural || numerator == 1, entry.isScale || entry.value > 2 || entry.isDenominatorOnly else {
                return nil
            }
            return (entry.value, position + 1)
        }
        guard let phrase = ordinalPhrase(at: index), phrase.plural || numerator == 1 else { return nil }
        return (phrase.value, phrase.end)
    }

    /// Continues a cardinal in words (and digits after a scale) from `index`.
    private func continueWords(value: Double, from index: Int, last start: Last, isWords: Bool = false) -> Cardinal? {
        var total = 0.0
        var current = value
        var last = start
        var largest = Double.infinity
        var lastGroup = value
        var committed: Cardinal? = start == .start ? nil : Cardinal(value: value, end: index, kind: .integer, last: start)
        var beforeAnd: Cardinal?
        var split: (before: Double, tens: Double, index: Int)?
        var position = index
        var hyphen = false
        func commit() {
            committed = Cardinal(value: total + current, end: position + 1, kind: .integer, last: last, split: split, isWords: true)
        }
        loop: while let lexeme = lexeme(position) {
            if lexeme.kind == .symbol {
                if Self.dashes.contains(lexeme.text), [.unit, .teen, .tens, .hundred, .scale].contains(last),
                    (lexeme.space > 0) == ((self.lexeme(position + 1)?.space ?? 0) > 0),
                    self.lexeme(position - 1)?.kind == .word, unitValue(position + 1) != nil || tensValue(position + 1) != nil
                        || text(position + 1) == "hundred" || text(position + 1) == "and"
                {
                    hyphen = true
                    position += 1
                    continue
                }
                break
            }
            if lexeme.kind == .digits {
                guard last == .scale || (last == .and && beforeAnd?.last == .scale) || (last == .and && beforeAnd?.last == .hundred),
                    let run = digitRun(at: position), !run.decimal || last == .and
                else { break }
                if last == .and, run.value == 0 { break }
                current += run.value
                lastGroup = run.value
                last = .digits
                position = run.end - 1
                commit()
                position += 1
                continue
            }
            let word = lexeme.text
            if let n = unitValue(position) {
                switch last {
                case .start, .hundred, .scale, .and: break
                case .tens where n > 0 && n < 10: break
                default: break loop
                }
                if last == .and, n == 0 { break loop }
                if last == .tens {
                    lastGroup += n
                } else {
                    lastGroup = n
                }
                current += n
                last = n >= 10 ? .teen : .unit
            } else if let n = tensValue(position) {
                guard [.start, .hundred, .scale, .and].contains(last) else { break loop }
                if last == .hundred || last == .scale, !hyphen { split = (total + current, n, position) }
                current += n
                lastGroup = n
                last = .tens
            } else if word == "hundred" {
                guard [.unit, .teen, .tens, .digits].contains(last), current > 0, current < 100 || (last == .digits && total == 0 && current == lastGroup && beforeAnd == nil)
                else {
                    if beforeAnd != nil, last != .and { return beforeAnd }
                    break loop
                }
                current *= 100
                last = .hundred
            } else if let scale = scaleValue(position) {
                guard current > 0, scale < largest, last != .and else {
                    if beforeAnd != nil, last != .and { return beforeAnd }
                    break loop
                }
                total += current * scale
                current = 0
                largest = scale
                last = .scale
            } else if word == "dozen" || word == "dozens" {
                guard [.unit, .teen, .tens, .digits].contains(last) else { break loop }
                current += lastGroup * 11
                last = .dozen
            } else if word == "and" {
                guard last != .and, last != .start else { break loop }
                // "and a half", "and three quarters": a proper fraction ends the number.
                if let mixed = mixedFraction(at: position + 1) {
                    return Cardinal(value: total + current + mixed.value, end: mixed.end, kind: .fraction, last: .dozen)
                }
                guard [.hundred, .scale, .dozen].contains(last) || (last == .digits && start == .digits && total > 0),
                    unitValue(position + 1) != nil || tensValue(position + 1) != nil || isDigits(position + 1)
                else { break loop }
                beforeAnd = committed
                last = .and
                position += 1
                hyphen = false
                continue
            } else {
                break
            }
            hyphen = false
            commit()
            position += 1
        }
        guard var result = committed else { return nil }
        result.isWords = isWords || result.isWords
        return result
    }

    /// "a half", "a quarter", "three quarters", "fifty-four hundredths" after "and": value < 1.
    private func mixedFraction(at start: Int) -> (value: Double, end: Int)? {
        let index = isSymbol(start, Self.dashes) ? start + 1 : start
        let next = isSymbol(index + 1, Self.dashes) ? index + 2 : index + 1
        if ["a", "an"].contains(text(index)), let entry = OrdinalWords.entry(lexeme(next)?.key), !entry.isPlural,
            entry.value > 2 || entry.isDenominatorOnly
        {
            return (1 / entry.value, next + 1)
        }
        guard let numerator = continueWords(value: 0, from: index, last: .start), numerator.value > 0,
            let denominator = denominator(at: numerator.end, numerator: numerator.value),
            numerator.value < denominator.value
        else { return nil }
        return (numerator.value / denominator.value, denominator.end)
    }

    // MARK: Ordinals

    /// An ordinal phrase: optional cardinal words then an ordinal word ("twenty-fifth", "two
    /// hundredth", "one hundred twenty fifth").
    private func ordinalPhrase(at index: Int) -> (value: Double, end: Int, plural: Bool)? {
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
