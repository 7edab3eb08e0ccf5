import Foundation
import ParallaxCore

/// Fits `FactPairModel`: L2-regularized logistic regression by batch gradient descent over labelled
/// value pairs, then the probability threshold that maximizes pair F1 on the same examples.
public struct FactPairTrainer: Sendable {
    /// Gradient steps.
    public var iterations = 3000
    /// Step size.
    public var learningRate = 0.5
    /// L2 penalty on every weight but the bias.
    public var l2 = 0.001
    /// Weight of a positive example relative to a negative one (positives are rare).
    public var positiveWeight = 1.0

    /// Creates a trainer with the default settings.
    public init() {}

    /// The fitted model for `examples` (feature vectors with their labels), features named `names`.
    public func fit(_ examples: [(features: [Double], label: Bool)], names: [String]) -> FactPairModel {
        let dimension = names.count
        var weights = [Double](repeating: 0, count: dimension)
        guard !examples.isEmpty else { return FactPairModel(weights: weights, threshold: 0.5, features: names) }
        let total = examples.reduce(0.0) { $0 + ($1.label ? positiveWeight : 1) }
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: dimension)
            for example in examples {
                var z = 0.0
                for k in 0..<dimension { z += weights[k] * example.features[k] }
                let error = (1 / (1 + exp(-z)) - (example.label ? 1 : 0)) * (example.label ? positiveWeight : 1)
                for k in 0..<dimension { gradient[k] += error * example.features[k] }
            }
            for k in 0..<dimension {
                let penalty = k == 0 ? 0 : l2 * weights[k]
                weights[k] -= learningRate * (gradient[k] / total + penalty)
            }
        }
        var model = FactPairModel(weights: weights, threshold: 0.5, features: names)
        model.threshold = bestThreshold(model, examples)
        return model
    }

    /// The threshold among 0.05, 0.10, … 0.95 with the best F1 of the pairs it accepts.
    func bestThreshold(_ model: FactPairModel, _ examples: [(features: [Double], label: Bool)]) -> Double {
        let scored = examples.map { (model.probability($0.features), $0.label) }
        let positives = scored.filter(\.1).count
        var best = (threshold: 0.5, f1: -1.0)
        for step in 1...19 {
            let threshold = Double(step) / 20
            let accepted = scored.filter { $0.0 >= threshold }
            let right = accepted.filter(\.1).count
            let precision = accepted.isEmpty ? 0 : Double(right) / Double(accepted.count)
            let recall = positives == 0 ? 0 : Double(right) / Double(positives)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            if f1 > best.f1 { best = (threshold, f1) }
        }
        return best.threshold
    }
}
