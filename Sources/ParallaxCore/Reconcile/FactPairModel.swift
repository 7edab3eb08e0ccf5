import Foundation

/// A logistic model of whether two values from different articles are the same fact, over
/// `FactPairFeatures`, with the probability above which they align.
///
/// The bundled weights (`Resources/Models/fact-pairs.json`) are fitted by `parallax train claims` on
/// annotated multi-outlet stories; the threshold is chosen on the same training stories.
public struct FactPairModel: Sendable, Codable, Hashable {
    /// One weight per feature, in the order of `FactPairFeatures.names`.
    public var weights: [Double]
    /// Probability at or above which two values align.
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

    /// The model bundled with Parallax; nil when the file is missing or fitted for other features.
    public static let bundled: FactPairModel? = {
        guard let url = Bundle.module.url(forResource: "fact-pairs", withExtension: "json", subdirectory: "Models"),
            let data = try? Data(contentsOf: url), let model = try? JSONDecoder().decode(FactPairModel.self, from: data),
            model.features == FactPairFeatures.names, model.weights.count == FactPairFeatures.names.count
        else { return nil }
        return model
    }()
}
