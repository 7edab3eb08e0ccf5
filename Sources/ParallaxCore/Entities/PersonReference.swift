/// A stretch of tokens that refers to a person cluster: a name, a role description or a pronoun.
struct PersonReference: Sendable, Hashable {
    /// The tokens of the reference.
    var tokens: Range<Int>
    /// The id of the PERSON cluster it refers to.
    var cluster: Int
}
