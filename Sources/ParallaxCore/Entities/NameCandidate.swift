/// A name the recognizer has found: its tokens and, once decided, its type.
struct NameCandidate: Sendable, Hashable {
    /// The tokens of the name.
    var tokens: Range<Int>
    /// The type; nil while the name waits for evidence from the rest of the article.
    var type: EntityType?
}
