import ParallaxCore

/// Scores one document's system coreference clusters against gold ones.
///
/// Alignment: each system mention is aligned to the shortest gold mention whose span contains it
/// (exact spans first), each gold mention to at most one system mention, in text order. Unaligned
/// gold mentions count as singletons of the system partition for recall; unaligned system mentions
/// are left out of precision and counted apart.
public enum CorefScorer {
    /// The score of `system` mentions (entity = cluster id) against `gold` mentions (entity =
    /// gold instance) of one document.
    public static func score(gold: [CorefMention], system: [CorefMention]) -> CorefScore {
        var score = CorefScore()
        score.documents = 1
        score.goldMentions = gold.count
        score.goldPronouns = gold.filter(\.isPronoun).count
        // Align.
        var goldOfSystem = [Int?](repeating: nil, count: system.count)
        var taken = [Bool](repeating: false, count: gold.count)
        let order = system.indices.sorted { system[$0].span < system[$1].span }
        for index in order {
            let span = system[index].span
            var best: Int?
            for (g, mention) in gold.enumerated() where !taken[g] && mention.span.contains(span) {
                if mention.span == span {
                    best = g
                    break
                }
                if let current = best, gold[current].span.length <= mention.span.length { continue }
                best = g
            }
            if let best {
                taken[best] = true
                goldOfSystem[index] = best
            }
        }
        var systemOfGold = [Int?](repeating: nil, count: gold.count)
        for (index, g) in goldOfSystem.enumerated() { if let g { systemOfGold[g] = index } }
        let aligned = system.indices.filter { goldOfSystem[$0] != nil }
        score.alignedSystem = aligned.count
        score.unalignedSystem = system.count - aligned.count

        // Gold and system entity of each aligned pair.
        func goldEntity(_ s: Int) -> String? { goldOfSystem[s].map { gold[$0].entity } }
        // Links.
        var goldSizes: [String: Int] = [:]
        for mention in gold { goldSizes[mention.entity, default: 0] += 1 }
        score.goldLinks = goldSizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        var systemGroups: [String: [Int]] = [:]
        for s in aligned { systemGroups[system[s].entity, default: []].append(s) }
        for members in systemGroups.values {
            score.systemLinks += members.count * (members.count - 1) / 2
            var byGold: [String: Int] = [:]
            for s in members { if let entity = goldEntity(s) { byGold[entity, default: 0] += 1 } }
            score.correctLinks += byGold.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
            // MUC precision: partition of the system cluster by gold entities.
            score.mucPrecisionNumerator += members.count - byGold.count
            score.mucPrecisionDenominator += members.count - 1
            // B³ precision.
            for s in members {
                guard let entity = goldEntity(s) else { continue }
                score.bcubedPrecisionSum += Double(byGold[entity] ?? 0) / Double(members.count)
            }
            // Pronouns: right when another member shares the pronoun's gold entity.
            for s in members where system[s].isPronoun {
                score.alignedPronouns += 1
                guard members.count > 1 else { continue }
                score.judgedPronouns += 1
                if let entity = goldEntity(s), (byGold[entity] ?? 0) > 1 { score.correctPronouns += 1 }
            }
        }
        // Recall side: partition each gold entity by system clusters (unaligned gold = singletons).
        var goldGroups: [String: [Int]] = [:]
        for (g, mention) in gold.enumerated() { goldGroups[mention.entity, default: []].append(g) }
        for members in goldGroups.values {
            var parts: [String: Int] = [:]
            var singletons = 0
            for g in members {
                if let s = systemOfGold[g] { parts[system[s].entity, default: 0] += 1 } else { singletons += 1 }
            }
            score.mucRecallNumerator += members.count - (parts.count + singletons)
            score.mucRecallDenominator += members.count - 1
            for g in members {
                let together = systemOfGold[g].map { parts[system[$0].entity] ?? 1 } ?? 1
                score.bcubedRecallSum += Double(together) / Double(members.count)
            }
        }
        return score
    }
}
