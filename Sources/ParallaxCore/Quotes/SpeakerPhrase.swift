/// The words that name a speaker in an attribution: an entity mention, a pronoun, or a role phrase
/// (`the spokesman`, `a Kremlin source`, `Chinese state media`).
struct SpeakerPhrase: Sendable, Hashable {
    /// The speaker's tokens.
    var tokens: Range<Int>
    /// Index into the resolution's mentions when the phrase is an entity mention.
    var mention: Int?
    /// Whether the phrase is a pronoun (`he`, `they`).
    var isPronoun: Bool = false
    /// Whether the phrase is a relative pronoun after a comma (`Ms. Alder, who said …,`): the clause it
    /// opens ends at its closing comma.
    var isRelative: Bool = false
}
