/// How a mention refers to its entity: by name, by a role description, or by a pronoun.
///
/// Consumers that want names only (actor names, aliases, search) filter on `name`; coreference
/// consumers take every kind.
public enum MentionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A proper name or part of one (`Vladimir Putin`, `Putin`, `the Kremlin`).
    case name
    /// A definite role description resolved to a person (`the Russian president`, `the 72-year-old`).
    case description
    /// A personal pronoun resolved to a person (`he`, `her`, `himself`).
    case pronoun
}
