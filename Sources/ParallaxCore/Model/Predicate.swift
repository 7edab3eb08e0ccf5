/// The word that names a statement's event, with its lemma and class.
public struct Predicate: Sendable, Hashable, Codable {
    /// Where the word is.
    public var span: TextSpan
    /// The word as written ("held talks" is read at "talks").
    public var text: String
    /// Its dictionary form ("meet" for "met", "talk" for "talks").
    public var lemma: String
    /// What kind of act it names.
    public var predicateClass: PredicateClass

    /// Creates a predicate.
    public init(span: TextSpan, text: String, lemma: String, predicateClass: PredicateClass) {
        self.span = span
        self.text = text
        self.lemma = lemma
        self.predicateClass = predicateClass
    }

    private enum CodingKeys: String, CodingKey {
        case span, text, lemma
        case predicateClass = "class"
    }
}
