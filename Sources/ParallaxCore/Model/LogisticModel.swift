import Foundation

/// A logistic model over a named feature vector, with the probability above which its decision is
/// yes: the form of every learned pair and match decision after analysis (facts, events, quotes across
/// outlets; an article and a story).
///
/// The weights are fitted by `ParallaxTraining`'s trainer and bundled as JSON in `Resources/Models`;
/// `resource(_:features:)` loads one only when it was fitted for the features the code computes.
public struct LogisticModel: Sendable, Codable, Hashable {
    /// One weight per feature, in the order of the feature names.
    public var weights: [Double]
    /// Probability at or above which the decision is yes.
    public var threshold: Double
    /// Feature names the weights were fitted for (checked against the code's).
    public var features: [String]

    /// Creates a model.
    public init(weights: [Double], threshold: Double, features: [String]) {
        self.weights = weights
        self.threshold = threshold
        self.features = features
    }

    /// The probability for a feature vector.
    public func probability(_ features: [Double]) -> Double {
        var z = 0.0
        for (weight, value) in zip(weights, features) { z += weight * value }
        return 1 / (1 + exp(-z))
    }

    /// The model in the bundled resource `Models/<name>.json`, when it is fitted for `features`.
    static func resource(_ name: String, features: [String]) -> LogisticModel? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Models"),
            let data = try? Data(contentsOf: url), let model = try? JSONDecoder().decode(LogisticModel.self, from: data),
            model.features == features, model.weights.count == features.count
        else { return nil }
        return model
    }
}
