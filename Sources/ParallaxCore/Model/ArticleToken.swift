/// One token of an analyzed article: where it is, what class of characters it is, what separates it
/// from the token before, and its part of speech.
///
/// The token layer lets every stage after analysis — statements, date inference, alignment — work
/// from the analysis document without tokenizing the text again.
public struct ArticleToken: Sendable, Hashable, Codable {
    /// Where the token is.
    public var span: TextSpan
    /// The token class, decided from its characters.
    public var kind: TokenKind
    /// What separates it from the previous token (a paragraph break for the first).
    public var gap: TokenGap
    /// The Penn Treebank part-of-speech tag (`NNP`, `VBD`), or nil when no tagger ran.
    public var partOfSpeech: String?

    /// Creates a token.
    public init(span: TextSpan, kind: TokenKind, gap: TokenGap, partOfSpeech: String? = nil) {
        self.span = span
        self.kind = kind
        self.gap = gap
        self.partOfSpeech = partOfSpeech
    }
}
