import ParallaxCore

/// Content and speaker figures for one selection of gold attributions (all, or direct quotes only).
public struct AttributionScore: Sendable, Hashable {
    /// Gold attributions in the selection.
    public var gold = 0
    /// Predictions counted against the selection.
    public var predicted = 0
    /// Gold attributions of the selection matched by a prediction.
    public var matched = 0
    /// Matched gold attributions that have a source.
    public var withSource = 0
    /// Of those, the ones whose predicted speaker overlaps the gold source.
    public var speakerCorrect = 0

    /// Creates an empty score.
    public init() {}

    /// Matched over predicted.
    public var precision: Double { Double(matched) / Double(max(1, predicted)) }
    /// Matched over gold.
    public var recall: Double { Double(matched) / Double(max(1, gold)) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { 2 * precision * recall / max(1e-9, precision + recall) }
    /// Share of matched pairs with a gold source whose speaker is right.
    public var speakerAccuracy: Double { Double(speakerCorrect) / Double(max(1, withSource)) }

    /// The line `quotes_eval.py` prints for this selection, named `name`.
    public func line(_ name: String) -> String {
        func f(_ value: Double) -> String {
            let rounded = (value * 1000).rounded() / 1000
            var digits = String(Int(rounded * 1000) % 1000)
            while digits.count < 3 { digits = "0" + digits }
            return "\(Int(rounded)).\(digits)"
        }
        return "\(name): gold=\(gold) predicted=\(predicted) content_p=\(f(precision)) content_r=\(f(recall)) "
            + "content_f1=\(f(f1)) speaker_acc=\(f(speakerAccuracy)) (of \(withSource))"
    }
}
