/// First-version named-entity recognizer: capitalized runs classified by gazetteers and rules.
///
/// It reads capitalized word runs (`Great Hall of the People`, `Bank of England`), splits off titles
/// and the names that modify them (`Chinese President Xi Jinping` → NORP `Chinese` + PERSON
/// `Xi Jinping`), and types names by listed names, head words (`University`, `River`), person cues
/// (a title or role before the name, a common given name, a speech verb after it) and the rest of the
/// article. It abstains rather than guesses. A statistical tagger will replace it behind
/// `EntityRecognizer`.
public struct GazetteerEntityRecognizer: EntityRecognizer {
    /// Creates the recognizer. The gazetteers are built once per process, on first use.
    public init() {}

    /// The mentions in `text`, in order, not overlapping, with `entity` left nil.
    public func mentions(in text: TokenizedText) -> [EntityMention] {
        guard !text.tokens.isEmpty else { return [] }
        var scan = EntityScan(text: text)
        return scan.run()
    }
}
