/// A fact the story's articles report, aligned across articles, with every source's value and a verdict.
public struct Fact: Sendable, Hashable, Codable {
    /// Identifier within the report (`f1`, `f2`, …).
    public var id: String
    /// What is compared.
    public var kind: FactKind
    /// The value slot, e.g. `duration` or `money USD`.
    public var slot: String
    /// A short description drawn from the words the sources share.
    public var description: String
    /// How the sources stand.
    public var verdict: Verdict
    /// One value per article that gives it.
    public var values: [FactValue]
    /// Number of independent sources (syndicated copies count once).
    public var independentSources: Int
    /// For dates that several sources give and that do not conflict, the narrowest day or period all of
    /// them allow ("last week" and "Friday" → that Friday); nil otherwise.
    public var consensus: String?

    /// Creates a fact.
    public init(
        id: String, kind: FactKind, slot: String, description: String, verdict: Verdict, values: [FactValue],
        independentSources: Int, consensus: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.slot = slot
        self.description = description
        self.verdict = verdict
        self.values = values
        self.independentSources = independentSources
        self.consensus = consensus
    }
}
