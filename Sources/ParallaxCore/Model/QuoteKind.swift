/// How a quotation is rendered in the text.
public enum QuoteKind: String, Sendable, Hashable, Codable {
    /// A whole utterance inside quotation marks.
    case direct
    /// A few quoted words inside the reporter's sentence (called each other “dear friends”).
    case partial
    /// Reported speech without quotation marks ("X said that …").
    case indirect
}
