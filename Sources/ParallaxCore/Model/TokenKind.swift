/// The class of a token, decided from its bytes alone.
public enum TokenKind: UInt8, Sendable, Hashable, Codable {
    /// Letters, possibly with inner hyphens, apostrophes or periods (`one-and-a-half`, `U.S.`, `Mr.`).
    case word
    /// Digits with optional decimal point and thousands separators (`1,200.5`, `2023`).
    case number
    /// A word that mixes letters and digits (`21st`, `G7`, `2.5m`).
    case alphanumeric
    /// An opening quotation mark (`“`, `‘`, or a straight quote judged to open).
    case openQuote
    /// A closing quotation mark (`”`, `’`, or a straight quote judged to close).
    case closeQuote
    /// A dash used as punctuation (`—`, `–`, ` - `).
    case dash
    /// Sentence-final punctuation: `.`, `!`, `?`.
    case terminal
    /// An ellipsis (`...` or `…`).
    case ellipsis
    /// A currency sign (`$`, `£`, `€`, `¥`).
    case currency
    /// The percent sign.
    case percent
    /// A clitic split from its word (`’s`, `n't`).
    case clitic
    /// Any other punctuation or symbol (`,`, `:`, `(`, `/`).
    case punctuation
}
