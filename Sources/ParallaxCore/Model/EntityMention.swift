/// One occurrence of a name in an article, with the entity it resolves to.
public struct EntityMention: Sendable, Hashable, Codable {
    /// Where the mention is in the article text.
    public var span: TextSpan
    /// The mention's text, exactly as in the article.
    public var text: String
    /// The entity kind.
    public var type: EntityType
    /// Identifier of the `EntityCluster` this mention belongs to, when resolved.
    public var entity: Int?

    /// Creates a mention.
    public init(span: TextSpan, text: String, type: EntityType, entity: Int? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.entity = entity
    }
}
