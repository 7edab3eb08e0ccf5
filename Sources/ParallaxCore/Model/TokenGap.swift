/// What lies between a token and the one before it.
public enum TokenGap: UInt8, Sendable, Hashable, Codable {
    /// Nothing: the tokens touch (`Putin` `,`).
    case none
    /// Spaces or tabs on the same line.
    case space
    /// A single line break.
    case newline
    /// A blank line (or the start of the text): a paragraph break.
    case paragraph
}
