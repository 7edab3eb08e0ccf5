/// How firmly a statement asserts its event: negated, hedged, conditional or not yet happened.
public struct Modality: Sendable, Hashable, Codable {
    /// "did not", "never", "no".
    public var negated: Bool
    /// "may", "reportedly", "allegedly", "could".
    public var hedged: Bool
    /// Inside an "if" or "unless" clause's sentence.
    public var conditional: Bool
    /// Intended or future: "will", "plans to", "agreed to visit".
    public var future: Bool

    /// A plain assertion.
    public static let asserted = Modality()

    /// Creates a modality.
    public init(negated: Bool = false, hedged: Bool = false, conditional: Bool = false, future: Bool = false) {
        self.negated = negated
        self.hedged = hedged
        self.conditional = conditional
        self.future = future
    }

    /// True when nothing qualifies the assertion.
    public var isPlain: Bool { !negated && !hedged && !conditional && !future }

    /// Short labels of the qualifications, in a fixed order (`negated`, `hedged`, `conditional`, `future`).
    public var labels: [String] {
        var labels: [String] = []
        if negated { labels.append("negated") }
        if hedged { labels.append("hedged") }
        if conditional { labels.append("conditional") }
        if future { labels.append("future") }
        return labels
    }
}
