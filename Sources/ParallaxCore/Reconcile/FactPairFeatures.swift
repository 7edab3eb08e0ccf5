import Foundation

/// The evidence that two dates or places from different articles answer the same question: how alike their
/// contexts and statements are, how their values relate, and where they stand in their articles.
///
/// `FactPairModel` weighs these into a probability; the weights are learned from annotated stories
/// (`parallax train claims`), not set by hand.
package enum FactPairFeatures {
    /// The names of the features, in order (the model file lists its weights under these names).
    package static let names = [
        "bias", "context", "equal", "overlapping", "disjoint", "unique slot", "date", "place",
        "both first occurrence", "one first occurrence", "lead sentence", "early sentences", "same predicate",
        "same predicate class", "shared participants", "both reporting", "same text", "context if equal",
        "crowded slot", "context if disjoint", "one reporting", "sentences alike",
    ]

    /// The feature vector of a pair of values of one slot from two articles; `alike` is how likely their
    /// sentences report the same event (`EventAligner.probability`).
    static func features(_ a: FactCandidate, _ b: FactCandidate, alike: Double = 0) -> [Double] {
        let context = ContentWords.dice(a.context, b.context)
        let relation = a.relation(to: b)
        let equal = relation == .equal ? 1.0 : 0
        let disjoint = relation == .disjoint ? 1.0 : 0
        let firstA = a.occurrence == 0
        let firstB = b.occurrence == 0
        let sharedParticipants = a.participants.isEmpty || b.participants.isEmpty
            ? 0 : Double(a.participants.intersection(b.participants).count) / Double(a.participants.union(b.participants).count)
        return [
            1,
            context,
            equal,
            relation == .overlapping ? 1 : 0,
            disjoint,
            a.slotCount == 1 && b.slotCount == 1 ? 1 : 0,
            a.kind == .date ? 1 : 0,
            a.kind == .place ? 1 : 0,
            firstA && firstB ? 1 : 0,
            firstA != firstB ? 1 : 0,
            a.sentenceIndex == 0 && b.sentenceIndex == 0 ? 1 : 0,
            1 / (1 + Double(max(a.sentenceIndex, b.sentenceIndex))),
            a.predicates.isDisjoint(with: b.predicates) ? 0 : 1,
            a.classes.isDisjoint(with: b.classes) ? 0 : 1,
            sharedParticipants,
            a.reporting && b.reporting ? 1 : 0,
            a.text.lowercased() == b.text.lowercased() ? 1 : 0,
            context * equal,
            log(Double(a.slotCount * b.slotCount)),
            context * disjoint,
            a.reporting != b.reporting ? 1 : 0,
            alike,
        ]
    }
}
