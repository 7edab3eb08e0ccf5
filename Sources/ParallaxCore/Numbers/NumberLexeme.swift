/// One lexical unit of free text for `NumberExtractor`: a run of letters, a run of digits, or one
/// other character, with its Unicode-scalar offsets and the whitespace before it.
package struct NumberLexeme: Sendable {
    /// What the lexeme is made of.
    package enum Kind: Sendable, Equatable {
        /// Letters (ASCII or other alphabetic scalars).
        case word
        /// ASCII digits only; separators and signs are separate lexemes.
        case digits
        /// Any other single scalar.
        case symbol
    }

    /// What the lexeme is made of.
    package var kind: Kind
    /// The lexeme's text, lowercased for words.
    package var text: String
    /// Offset of the first scalar.
    package var start: Int
    /// Offset one past the last scalar.
    package var end: Int
    /// Whitespace scalars between the previous lexeme and this one.
    package var space: Int
    /// Whether a word has an upper-case letter.
    package var hasUppercase: Bool
    /// Lookup key of a word or symbol (nil when longer than 16 bytes or not ASCII).
    package var key: WordKey?

    /// Whether it touches the previous lexeme.
    package var isAdjacent: Bool { space == 0 }
}
