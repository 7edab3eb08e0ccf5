import ParallaxCore

/// Scores recognized names against MEANTIME's named mentions, per type (`PER`, `ORG`, `LOC`).
///
/// MEANTIME's extents are whole noun phrases and its types are not CoNLL's, so the comparison is by
/// overlap and type (MUC's TYPE measure): a gold `PER`/`ORG`/`LOC` mention is found when a system name
/// of that type overlaps it, each system name finding at most one; a system `PER`/`ORG`/`LOC` name is
/// right when it finds a gold mention, wrong when it overlaps none or only mentions of another type.
/// System names overlapping only `PRO`, `FIN` or `MIX` mentions (products, financial entities, which
/// have no counterpart among the three types) are left out, as are gold mentions of those types.
public enum MeantimeNameScorer {
    /// The types scored.
    public static let types = ["PER", "ORG", "LOC"]

    /// The MEANTIME type an analysis entity type is compared as: people, organizations, and places —
    /// nationalities included, since MEANTIME marks "German" as a mention of Germany; nil for others.
    public static func meantimeType(of type: EntityType) -> String? {
        switch type {
        case .person: "PER"
        case .organization: "ORG"
        case .geopolitical, .location, .nationality: "LOC"
        default: nil
        }
    }

    /// Counts for one document; `system` holds each recognized name's span and MEANTIME type.
    public static func score(gold: [MeantimeName], system: [(span: TextSpan, type: String)]) -> [String: ChunkCounts] {
        var counts = Dictionary(uniqueKeysWithValues: types.map { ($0, ChunkCounts()) })
        let scored = gold.filter { types.contains($0.type) }
        var found = Set<Int>()
        for name in system where types.contains(name.type) {
            let overlapping = gold.filter { $0.span.overlaps(name.span) }
            if let index = scored.indices.first(where: {
                !found.contains($0) && scored[$0].type == name.type && scored[$0].span.overlaps(name.span)
            }) {
                found.insert(index)
                counts[name.type, default: ChunkCounts()] += ChunkCounts(correct: 1, guessed: 1, gold: 0)
            } else if overlapping.isEmpty || overlapping.contains(where: { types.contains($0.type) }) {
                counts[name.type, default: ChunkCounts()].guessed += 1
            }
        }
        for name in scored { counts[name.type, default: ChunkCounts()].gold += 1 }
        return counts
    }
}
