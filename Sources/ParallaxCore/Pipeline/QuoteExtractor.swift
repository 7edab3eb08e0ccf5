/// Finds quotations and attributions with their cue and speaker.
public protocol QuoteExtractor: Sendable {
    /// The quotes in `text`; speakers resolve through `entities`.
    func quotes(in text: TokenizedText, entities: EntityResolution) -> [Quote]
}
