import ParallaxCore

import Foundation

/// Finds every number and ordinal in free text: digits (`240`, `1,200.5`, `1 234 567`, `.08`,
/// `-4/5`, `2 1/4`, `1e10`, `1.1^23`, `10k`, `1.2b`), words (`twenty-three`, `two hundred and
/// two thousand`, `a dozen`, `three dozens`, `half a million`, `quarter million`), decimals in words
/// (`two hundred point zero three`), fractions (`two thirds`, `one and a half`, `twenty and three
/// fifths`, `one over three`, `one out of three`), signs (`-1`, `minus five`, `negative one`) and
/// ordinals (`21st`, `twenty-fifth`, `two hundredth`, `last`, `next to last`).
///
/// Rules worth knowing:
/// - Unlike the news recognizer it reports years and identifiers too; callers filter.
/// - A dot chain (`192.168.1.2`) is a list of integers; slash or dash chains (`5/17/2018`,
///   `+1-222-2222/2222`) are lists of integers, not fractions or negatives.
/// - Groups separated by one space are thousands only when every later group has three digits
///   (`40 000`, not `423 0000`).
/// - A scale letter glued to digits is a scale when unambiguous (`k`, `b`, `g`, `bn`, `tn`, and
///   upper-case `M`); any other glued letters mark the number as carrying a unit (`180ml`).
/// - "X and N Dths" is a mixed number when N < D ("one hundred and three quarters" is 100.75) and
///   a single fraction otherwise ("one hundred and thirty fifths" is 26); a tens word right after a
///   hundred or scale joins a following unit ordinal as the denominator ("one hundred thirty
///   fifths" is 100/35).
/// - A fraction needs a plural denominator, or the numerator one ("one eighth", "a fifth");
///   "first" and "second" are never denominators ("one second" is a time).
public struct NumberExtractor: Sendable {
    /// Whether "N out of M" is read as the fraction N/M (on by default).
    public var readsOutOfFractions = true

    /// Creates the extractor.
    public init() {}

    /// Every number and ordinal in `text`, in order, not overlapping.
    public func mentions(in text: String) -> [NumberMention] {
        mentions(in: NumberLexer().lexemes(text))
    }

    /// Every number and ordinal over `lexemes`, in order, not overlapping.
    func mentions(in lexemes: [NumberLexeme]) -> [NumberMention] {
        let grammar = NumberGrammar(lexemes: lexemes, readsOutOf: readsOutOfFractions)
        var result: [NumberMention] = []
        var index = 0
        while index < lexemes.count {
            if let mention = grammar.number(at: index) ?? grammar.ordinal(at: index) {
                result.append(mention)
                index = max(mention.lexemes.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return result
    }

    /// The ordinals in `text` as the ordinal model reads them: positional ordinals, and when
    /// `relative` is set also "last", "next", "previous", "penultimate" and their phrases.
    /// "a"/"an" before a scale ordinal is a fraction ("a trillionth") and yields nothing.
    public func ordinals(in text: String, relative: Bool) -> [NumberMention] {
        let lexemes = NumberLexer().lexemes(text)
        let grammar = NumberGrammar(lexemes: lexemes, readsOutOf: readsOutOfFractions)
        var result: [NumberMention] = []
        var index = 0
        while index < lexemes.count {
            if relative, let mention = grammar.relativeOrdinal(at: index) {
                result.append(mention)
                index = mention.lexemes.upperBound
                continue
            }
            if ["a", "an"].contains(lexemes[index].text), let entry = OrdinalWords.entry(lexemes[index + 1 < lexemes.count ? index + 1 : index].key),
                entry.isScale, index + 1 < lexemes.count
            {
                index += 2
                continue
            }
            if let mention = grammar.ordinal(at: index) {
                result.append(mention)
                index = mention.lexemes.upperBound
            } else if let number = grammar.number(at: index), number.lexemes.count > 1, !number.kind.isOrdinal,
                lexemes[index].kind == .digits
            {
                index = number.lexemes.upperBound
            } else {
                index += 1
            }
        }
        return result
    }
}
