/// One article's wording of a quoted statement.
public struct QuoteVariant: Sendable, Hashable, Codable {
    /// Where the wording is.
    public var reference: SourceReference
    /// Direct, partial or indirect.
    public var kind: QuoteKind
    /// The speaker as this article names them, when known.
    public var speaker: String?

    /// Creates a variant.
    public init(reference: SourceReference, kind: QuoteKind, speaker: String?) {
        self.reference = reference
        self.kind = kind
        self.speaker = speaker
    }

    private enum CodingKeys: String, CodingKey { case kind, speaker }

    /// Decodes the flat form written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reference = try SourceReference(from: decoder)
        self.kind = try container.decode(QuoteKind.self, forKey: .kind)
        self.speaker = try container.decodeIfPresent(String.self, forKey: .speaker)
    }

    /// Encodes flat: `{article, source, text, start, end, kind, speaker}`.
    public func encode(to encoder: Encoder) throws {
        try reference.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(speaker, forKey: .speaker)
    }
}
