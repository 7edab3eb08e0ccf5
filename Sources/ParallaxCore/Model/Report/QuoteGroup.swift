/// A statement as the story's articles quote it: the speaker, the variant wordings and a verdict.
public struct QuoteGroup: Sendable, Hashable, Codable {
    /// The speaker's canonical name, when known.
    public var speaker: String?
    /// `agree` (same words), `compatible` (renderings of one statement), `conflict` (different
    /// speakers for the same words) or `single-source`.
    public var verdict: Verdict
    /// Each article's wording.
    public var variants: [QuoteVariant]

    /// Creates a quote group.
    public init(speaker: String?, verdict: Verdict, variants: [QuoteVariant]) {
        self.speaker = speaker
        self.verdict = verdict
        self.variants = variants
    }
}
