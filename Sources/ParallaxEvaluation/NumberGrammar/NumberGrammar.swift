import ParallaxCore

import Foundation

/// The number grammar behind `NumberExtractor`, over a lexeme array (see its rules).
///
/// ## Topics
/// - This file: the lexeme tests and word values the rules share, and `number(at:afterPrefix:)`.
/// - `NumberGrammar+Digits.swift`: cardinals that start with digits.
/// - `NumberGrammar+Words.swift`: cardinals in words, fraction tails and mixed fractions.
/// - `NumberGrammar+Ordinals.swift`: positional and relative ordinals.
struct NumberGrammar: Sendable {
    let lexemes: [NumberLexeme]
    let readsOutOf: Bool

    /// What the last word of a cardinal was, for the word grammar.
    enum Last { case start, unit, teen, tens, hundred, scale, dozen, digits, and }

    /// A cardinal read so far.
    struct Cardinal {
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

    /// The lexeme at `index`, or nil outside the array.
    func lexeme(_ index: Int) -> NumberLexeme? {
        index >= 0 && index < lexemes.count ? lexemes[index] : nil
    }

    /// The text of the lexeme at `index`, or "" outside the array.
    func text(_ index: Int) -> String { lexeme(index)?.text ?? "" }

    /// Whether the lexeme at `index` is a symbol among `symbols`.
    func isSymbol(_ index: Int, _ symbols: Set<String>) -> Bool {
        guard let lexeme = lexeme(index), lexeme.kind == .symbol else { return false }
        return symbols.contains(lexeme.text)
    }

    /// Whether the lexeme at `index` touches the one before it.
    func isAdjacent(_ index: Int) -> Bool { lexeme(index)?.isAdjacent ?? false }

    /// Whether the lexeme at `index` is a run of digits.
    func isDigits(_ index: Int) -> Bool { lexeme(index)?.kind == .digits }

    /// The mention of a reading that starts at lexeme `start`.
    func mention(_ start: Int, _ reading: Cardinal) -> NumberMention {
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

    /// The value of a unit or teen word at `index` ("seven", "twelve").
    func unitValue(_ index: Int) -> Double? {
        guard let key = lexeme(index)?.key, lexeme(index)?.kind == .word else { return nil }
        return NumberWordParser.units[key]
    }

    /// The value of a tens word at `index` ("forty").
    func tensValue(_ index: Int) -> Double? {
        guard let key = lexeme(index)?.key, lexeme(index)?.kind == .word else { return nil }
        return NumberWordParser.tens[key]
    }

    /// The value of a scale word of a thousand or more at `index` ("million", "lakh").
    func scaleValue(_ index: Int) -> Double? {
        guard let lexeme = lexeme(index), lexeme.kind == .word else { return nil }
        if let extra = Self.extraScales[lexeme.text] { return extra }
        guard let key = lexeme.key, let scale = NumberWordParser.scales[key], scale >= 1e3 else { return nil }
        return scale
    }

    /// Whether the word at `index` is a number word of any kind (cardinal, scale or ordinal).
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

    /// The unsigned cardinal at `index`: digits, a vulgar fraction, a leading-point decimal or words.
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
}
