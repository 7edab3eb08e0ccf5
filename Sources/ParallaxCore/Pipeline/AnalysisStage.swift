/// The per-article analysis stages, in the order `Analyzer` runs them.
public enum AnalysisStage: String, Sendable, Hashable, CaseIterable, Codable {
    /// Byte-level tokenization.
    case tokenize
    /// Sentence splitting.
    case sentences
    /// Named-entity recognition.
    case entities
    /// In-article entity resolution.
    case resolution
    /// Quotations and attributions.
    case quotes
    /// Numbers, amounts and durations.
    case quantities
    /// Temporal expressions.
    case times
    /// Who-did-what statements.
    case statements
}
