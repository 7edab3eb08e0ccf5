/// B-cubed and pairwise precision, recall and F1 of predicted stories against gold ones, computed as
/// `../shared/peers/cluster_eval.py` computes them: every gold article counts, an article missing from
/// the prediction is a singleton, predicted articles unknown to the gold are ignored.
public struct ClusterScore: Sendable, Hashable {
    /// Articles scored (those of the gold).
    public var articles: Int
    /// Gold stories.
    public var goldStories: Int
    /// Predicted stories over the gold articles.
    public var predictedStories: Int
    /// B-cubed precision.
    public var bcubedPrecision: Double
    /// B-cubed recall.
    public var bcubedRecall: Double
    /// Pairwise precision.
    public var pairwisePrecision: Double
    /// Pairwise recall.
    public var pairwiseRecall: Double

    /// B-cubed F1.
    public var bcubedF1: Double { Self.f1(bcubedPrecision, bcubedRecall) }
    /// Pairwise F1.
    public var pairwiseF1: Double { Self.f1(pairwisePrecision, pairwiseRecall) }

    /// Scores `predicted` (article → story label; nil label = a story of its own) against `gold`
    /// (article → gold story), over the articles of `gold` in the order given.
    public init(gold: [(article: String, story: String)], predicted: [String: String?]) {
        var goldSets: [String: Set<String>] = [:]
        var predictedSets: [String: Set<String>] = [:]
        var predictedOf: [String: String] = [:]
        var seen = Set<String>()
        var missing = 0
        for (article, story) in gold where seen.insert(article).inserted {
            goldSets[story, default: []].insert(article)
            let label: String
            if case .some(.some(let story)) = predicted[article] {
                label = "p" + story
            } else {
                missing += 1
                label = "__missing_\(missing)"
            }
            predictedOf[article] = label
            predictedSets[label, default: []].insert(article)
        }
        var goldOf: [String: String] = [:]
        for (story, members) in goldSets { for article in members { goldOf[article] = story } }
        var precision = 0.0
        var recall = 0.0
        var joint: [String: Int] = [:]
        for article in seen {
            guard let g = goldOf[article], let p = predictedOf[article], let gs = goldSets[g], let ps = predictedSets[p]
            else { continue }
            let shared = Double(gs.intersection(ps).count)
            precision += shared / Double(ps.count)
            recall += shared / Double(gs.count)
            joint[g + "\u{1}" + p, default: 0] += 1
        }
        let n = Double(max(1, seen.count))
        func pairs(_ c: Int) -> Double { Double(c * (c - 1) / 2) }
        let truePairs = joint.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSets.values.reduce(0) { $0 + pairs($1.count) }
        let goldPairs = goldSets.values.reduce(0) { $0 + pairs($1.count) }
        articles = seen.count
        goldStories = goldSets.count
        predictedStories = predictedSets.count
        bcubedPrecision = precision / n
        bcubedRecall = recall / n
        pairwisePrecision = truePairs / max(1, predictedPairs)
        pairwiseRecall = truePairs / max(1, goldPairs)
    }

    /// The harmonic mean of two rates (0 when both are 0).
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
}
