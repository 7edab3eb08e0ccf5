/// Finds named-entity mentions in a tokenized text. The seam the statistical tagger plugs into.
public protocol EntityRecognizer: Sendable {
    /// The mentions in `text`, in order, not overlapping, with `entity` left nil.
    func mentions(in text: TokenizedText) -> [EntityMention]

    /// The mentions in `text` and, when the recognizer tags parts of speech on the way (the
    /// statistical one does, as features), those tags: Penn Treebank names, one per token.
    ///
    /// The analyzer keeps the tags in the analysis document, so no later stage tags again.
    func tagged(_ text: TokenizedText) -> (mentions: [EntityMention], partsOfSpeech: [String]?)
}

extension EntityRecognizer {
    /// The mentions, without parts of speech.
    public func tagged(_ text: TokenizedText) -> (mentions: [EntityMention], partsOfSpeech: [String]?) {
        (mentions(in: text), nil)
    }
}
