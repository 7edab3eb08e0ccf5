import Foundation

/// A logistic model of whether two values (or two sentences) from different articles are the same fact,
/// over `FactPairFeatures` (or `EventPairFeatures`), with the probability above which they align.
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

    /// The fact-pair model bundled with Parallax (`fact-pairs.json`); nil when the file is missing or
    /// fitted for other features.
    public static let bundled: FactPairModel? = resource("fact-pairs", features: FactPairFeatures.names)

    /// The event-sentence model bundled with Parallax (`event-pairs.json`): whether two sentences from
    /// different outlets report the same event; nil when the file is missing or fitted for other features.
    public static let eventPairs: FactPairModel? = resource("event-pairs", features: EventPairFeatures.names)

    /// The quote-pair model bundled with Parallax (`quote-pairs.json`): whether two quotations from
    /// different outlets render one statement; nil when the file is missing or fitted for other features.
    public static let quotePairs: FactPairModel? = resource("quote-pairs", features: QuotePairFeatures.names)

    /// The story-match model bundled with Parallax (`story-match.json`): whether an arriving article
    /// reports an open story; nil when the file is missing or fitted for other features.
    public static let storyMatch: FactPairModel? = resource("story-match", features: StoryMatchFeatures.names)

    /// The model in the bundled resource `Models/<name>.json`, when it is fitted for `features`.
    static func resource(_ name: String, features: [String]) -> FactPairModel? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Models"),
            let data = try? Data(contentsOf: url), let model = try? JSONDecoder().decode(FactPairModel.self, from: data),
            model.features == features, model.weights.count == features.count
        else { return nil }
        return model
    }
}
