/// The grammatical gender a person is referred to with: which of `he` and `she` can stand for them.
enum PersonGender: Sendable, Hashable {
    case masculine
    case feminine
}
