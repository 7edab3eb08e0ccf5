/// Finds named-entity mentions in a tokenized text. The seam the statistical tagger plugs into.
public protocol EntityRecognizer: Sendable {
    /// The mentions in `text`, in order, not overlapping, with `entity` left nil.
    func mentions(in text: TokenizedText) -> [EntityMention]
}
