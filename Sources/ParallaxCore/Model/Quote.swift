/// A quotation or attribution: what was said, the cue that reports it, who said it, to whom, and who
/// reports it.
public struct Quote: Sendable, Hashable, Codable {
    /// The content span (for direct quotes, inside the quotation marks; for a quotation split by its
    /// cue, from the first part's start to the last part's end).
    public var span: TextSpan
    /// The content text (a split quotation's parts joined by " … ").
    public var text: String
    /// Direct, partial or indirect.
    public var kind: QuoteKind
    /// The reporting verb or phrase ("said", "according to"); nil when none is found.
    public var cue: SpanText?
    /// The speaker mention in the attribution clause; nil when unknown or the evidence is weak.
    public var speaker: SpeakerMention?
    /// The person or body addressed ("Xi" in "Putin told Xi"); nil when none is named.
    public var listener: SpeakerMention?
    /// Who reports the speaker's words ("Ushakov" in "Putin told Xi …, according to Ushakov"; "state
    /// media" in "state media said Xi …"); nil when the speaker is quoted first-hand.
    public var via: SpeakerMention?
    /// The content's pieces when the quotation is split by its cue (`“…,” X said. “…”`) or runs over
    /// paragraphs; nil for a quotation in one piece.
    public var parts: [TextSpan]?

    /// Creates a quote.
    public init(
        span: TextSpan, text: String, kind: QuoteKind, cue: SpanText? = nil, speaker: SpeakerMention? = nil,
        listener: SpeakerMention? = nil, via: SpeakerMention? = nil, parts: [TextSpan]? = nil
    ) {
        self.span = span
        self.text = text
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.listener = listener
        self.via = via
        self.parts = parts
    }
}
