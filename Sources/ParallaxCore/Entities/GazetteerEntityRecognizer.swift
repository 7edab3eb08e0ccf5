/// First-version entity recognizer (placeholder until implemented).
public struct GazetteerEntityRecognizer: EntityRecognizer {
    /// Creates the recognizer.
    public init() {}
    /// The mentions in `text`.
    public func mentions(in text: TokenizedText) -> [EntityMention] { [] }
}
