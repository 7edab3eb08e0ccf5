/// The mention of a speaker in an attribution clause ("he", "Ushakov"), with its resolution.
public struct SpeakerMention: Sendable, Hashable, Codable {
    /// Where the mention is.
    public var span: TextSpan
    /// The mention's text as written.
    public var text: String
    /// The `EntityCluster` id the mention resolves to; nil when unresolved.
    public var entity: Int?

    /// Creates a speaker mention.
    public init(span: TextSpan, text: String, entity: Int? = nil) {
        self.span = span
        self.text = text
        self.entity = entity
    }
}
