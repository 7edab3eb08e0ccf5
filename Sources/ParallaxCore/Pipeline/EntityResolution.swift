/// The entities of one article: mentions with their cluster ids, and the clusters.
public struct EntityResolution: Sendable, Hashable {
    /// Mentions, in text order, each with `entity` set when resolved.
    public var mentions: [EntityMention]
    /// The clusters the mentions resolve to.
    public var clusters: [EntityCluster]

    /// Creates a resolution.
    public init(mentions: [EntityMention], clusters: [EntityCluster]) {
        self.mentions = mentions
        self.clusters = clusters
    }

    /// The mention whose span contains `span`, if any.
    public func mention(covering span: TextSpan) -> EntityMention? {
        mentions.first { $0.span.contains(span) }
    }
}
