import ParallaxCore

/// Scores predicted attributions against PolNeAR gold the way `quotes_eval.py` does.
///
/// A prediction matches a gold content one-to-one, best pairs first, when their character Jaccard is at
/// least 0.5. Content precision, recall and F1 are reported over all gold attributions and over the
/// direct ones (content starting within two characters of a quotation mark; predictions count as
/// direct by the same test); speaker accuracy is over matched pairs whose gold has a source: the share
/// whose predicted speaker overlaps it.
public struct AttributionScorer: Sendable {
    /// Over all gold attributions.
    public private(set) var all = AttributionScore()
    /// Over direct quotations only.
    public private(set) var direct = AttributionScore()

    /// Creates an empty scorer.
    public init() {}

    /// Adds one article: its gold, its predictions and its text (for the direct-quote test).
    public mutating func add(gold: [GoldAttribution], predicted: [PredictedAttribution], text: [Unicode.Scalar]) {
        var pairs: [(jaccard: Double, gold: Int, predicted: Int)] = []
        for (g, item) in gold.enumerated() {
            for (p, prediction) in predicted.enumerated() {
                let score = Self.jaccard(item.content, prediction.content)
                if score >= 0.5 { pairs.append((score, g, p)) }
            }
        }
        // Python sorts (jaccard, gold, predicted) tuples in reverse: ties go to the higher indices.
        pairs.sort { ($0.jaccard, $0.gold, $0.predicted) > ($1.jaccard, $1.gold, $1.predicted) }
        var usedGold = Set<Int>()
        var usedPredicted = Set<Int>()
        var match: [Int: Int] = [:]
        for pair in pairs where !usedGold.contains(pair.gold) && !usedPredicted.contains(pair.predicted) {
            usedGold.insert(pair.gold)
            usedPredicted.insert(pair.predicted)
            match[pair.gold] = pair.predicted
        }
        Self.count(gold.indices, gold: gold, predicted: predicted, match: match, into: &all)
        Self.count(gold.indices.filter { gold[$0].isDirect }, gold: gold, predicted: predicted, match: match, into: &direct)
        all.predicted += predicted.count
        direct.predicted += predicted.filter { QuotationMarks.marksDirect(text, start: $0.content.start) }.count
    }

    private static func count(
        _ selection: some Sequence<Int>, gold: [GoldAttribution], predicted: [PredictedAttribution], match: [Int: Int],
        into score: inout AttributionScore
    ) {
        for g in selection {
            score.gold += 1
            guard let p = match[g] else { continue }
            score.matched += 1
            guard let source = gold[g].source else { continue }
            score.withSource += 1
            if let speaker = predicted[p].speaker, speaker.overlaps(source) { score.speakerCorrect += 1 }
        }
    }

    /// Character Jaccard of two spans.
    static func jaccard(_ a: TextSpan, _ b: TextSpan) -> Double {
        let intersection = max(0, min(a.end, b.end) - max(a.start, b.start))
        let union = max(a.end, b.end) - min(a.start, b.start)
        return union > 0 ? Double(intersection) / Double(union) : 0
    }
}
