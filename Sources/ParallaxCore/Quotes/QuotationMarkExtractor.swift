/// First-version quote extractor (placeholder until implemented).
public struct QuotationMarkExtractor: QuoteExtractor {
    /// Creates the extractor.
    public init() {}
    /// The quotes in `text`.
    public func quotes(in text: TokenizedText, entities: EntityResolution) -> [Quote] { [] }
}
