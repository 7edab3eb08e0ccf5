import ParallaxCore

/// A mention in a coreference evaluation: where it is and which entity it belongs to.
public struct CorefMention: Sendable, Hashable {
    /// Where the mention is, in Unicode scalars.
    public var span: TextSpan
    /// The entity (gold instance or system cluster) the mention belongs to.
    public var entity: String
    /// Whether the mention is a pronoun.
    public var isPronoun: Bool

    /// Creates a mention.
    public init(span: TextSpan, entity: String, isPronoun: Bool = false) {
        self.span = span
        self.entity = entity
        self.isPronoun = isPronoun
    }
}
