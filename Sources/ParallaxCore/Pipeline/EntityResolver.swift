/// Groups an article's mentions into entities ("Vladimir Putin" ↔ "Putin") and attaches roles.
public protocol EntityResolver: Sendable {
    /// Resolves `mentions` found in `text`.
    func resolve(_ mentions: [EntityMention], in text: TokenizedText) -> EntityResolution
}
