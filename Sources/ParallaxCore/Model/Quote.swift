/// A quotation or attribution: what was said, the cue that reports it, and who said it.
public struct Quote: Sendable, Hashable, Codable {
    /// The content span (for direct quotes, inside the quotation marks).
    public var span: TextSpan
    /// The content text.
    public var text: String
    /// Direct, partial or indirect.
    public var kind: QuoteKind
    /// The reporting verb or phrase ("said", "according to"); nil when none is found.
    public var cue: SpanText?
    /// The speaker mention in the attribution clause; nil when unknown.
    public var speaker: SpeakerMention?

    /// Creates a quote.
    public init(span: TextSpan, text: String, kind: QuoteKind, cue: SpanText? = nil, speaker: SpeakerMention? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
    }
}
