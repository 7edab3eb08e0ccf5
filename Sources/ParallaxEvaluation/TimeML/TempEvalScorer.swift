import ParallaxCore

import Foundation

/// Scores recognized time expressions against a TimeML document's gold TIMEX3s, TempEval-3 style
/// (see `TempEvalScore` for the measures).
public enum TempEvalScorer {
    /// One relaxed pair of a gold and a system expression, for error listings.
    public struct Pair: Sendable, Hashable {
        /// The gold annotation.
        public var gold: TimeMLTimex
        /// The system expression that overlaps it.
        public var system: TimeExpression
    }

    /// The score of `system` against `gold` for one document.
    public static func score(gold: [TimeMLTimex], system: [TimeExpression]) -> TempEvalScore {
        var score = TempEvalScore()
        score.documents = 1
        score.gold = gold.count
        score.system = system.count
        let goldSpans = Set(gold.map(\.span))
        score.strictMatches = system.count { goldSpans.contains($0.span) }
        for pair in pairs(gold: gold, system: system) {
            score.relaxedMatches += 1
            if pair.gold.type == pair.system.type.rawValue { score.typeMatches += 1 }
            if normalized(pair.gold.value) == normalized(pair.system.value) { score.valueMatches += 1 }
        }
        return score
    }

    /// The one-to-one relaxed pairs: each system expression, in text order, takes the first
    /// unpaired gold expression it overlaps, preferring one with exactly its span.
    public static func pairs(gold: [TimeMLTimex], system: [TimeExpression]) -> [Pair] {
        let sortedGold = gold.sorted { $0.span < $1.span }
        var taken = [Bool](repeating: false, count: sortedGold.count)
        var result: [Pair] = []
        for expression in system.sorted(by: { $0.span < $1.span }) {
            let overlapping = sortedGold.indices.filter { !taken[$0] && sortedGold[$0].span.overlaps(expression.span) }
            guard let chosen = overlapping.first(where: { sortedGold[$0].span == expression.span }) ?? overlapping.first
            else { continue }
            taken[chosen] = true
            result.append(Pair(gold: sortedGold[chosen], system: expression))
        }
        return result
    }

    /// A value as compared: surrounding spaces removed.
    private static func normalized(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespaces)
    }
}
