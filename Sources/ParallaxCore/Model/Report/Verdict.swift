/// How the sources of a story stand on one aligned fact or quote.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every source gives the same normalized value or wording.
    case agree
    /// Values differ but are consistent: intervals overlap, one is hedged or more precise.
    case compatible
    /// Values cannot both be true: disjoint intervals, or different speakers for the same words.
    case conflict
    /// Only one independent source gives it.
    case singleSource = "single-source"
}
