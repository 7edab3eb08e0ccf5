/// One place in the article where an entity is referred to: a name, a role description or a pronoun.
///
/// `EntityCluster.mentions` lists them in text order so that a reader can highlight every reference
/// to one person, and an evaluator can score coreference, without re-deriving them.
public struct ClusterMention: Sendable, Hashable, Codable {
    /// Where the mention is in the article text.
    public var span: TextSpan
    /// The mention's text, exactly as in the article.
    public var text: String
    /// Whether it is a name, a role description or a pronoun.
    public var kind: MentionKind

    /// Creates a mention.
    public init(span: TextSpan, text: String, kind: MentionKind) {
        self.span = span
        self.text = text
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey {
        case start, end, text, kind
    }

    /// Decodes the flat `{start, end, text, kind}` form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        span = TextSpan(
            start: try container.decode(Int.self, forKey: .start), end: try container.decode(Int.self, forKey: .end))
        text = try container.decode(String.self, forKey: .text)
        kind = try container.decode(MentionKind.self, forKey: .kind)
    }

    /// Encodes the flat `{start, end, text, kind}` form used in `parallax/article@2`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(span.start, forKey: .start)
        try container.encode(span.end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
    }
}
