/// The kinds of named entity Parallax distinguishes (OntoNotes-style names).
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person.
    case person = "PERSON"
    /// A company, institution, agency, party or other organization.
    case organization = "ORG"
    /// A geopolitical entity: country, city, state.
    case geopolitical = "GPE"
    /// A place that is not a GPE: region, body of water, mountain range.
    case location = "LOC"
    /// A nationality, religious or political group ("Chinese", "Republicans").
    case nationality = "NORP"
    /// Any other name: events, works, products.
    case miscellaneous = "MISC"
}
