import ParallaxCore

/// How well extracted article bodies match the ground truth (see ``ExtractionScorer``).
public struct ExtractionScore: Sendable, Hashable, Codable {
    /// Pages scored.
    public var pages: Int
    /// Mean shingle precision over pages with a non-empty prediction.
    public var precision: Double
    /// Mean shingle recall over pages with a non-empty ground truth.
    public var recall: Double
    /// Harmonic mean of ``precision`` and ``recall``.
    public var f1: Double
    /// Share of pages whose token sequence equals the ground truth's exactly.
    public var exact: Double

    /// Creates a score.
    public init(pages: Int, precision: Double, recall: Double, f1: Double, exact: Double) {
        self.pages = pages
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.exact = exact
    }
}
