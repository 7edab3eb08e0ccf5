/// First-version resolver (placeholder until implemented).
public struct NameEntityResolver: EntityResolver {
    /// Creates the resolver.
    public init() {}
    /// Resolves mentions.
    public func resolve(_ mentions: [EntityMention], in text: TokenizedText) -> EntityResolution {
        EntityResolution(mentions: mentions, clusters: [])
    }
}
