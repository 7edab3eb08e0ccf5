/// The evidence that two sentences from different articles report the same event: how many rare words
/// they share, whether each is the other's closest sentence in its article, and where they stand.
///
/// `FactPairModel.eventPairs` weighs these into a probability; the weights are learned from annotated
/// stories (`parallax train events`), not set by hand.
package enum EventPairFeatures {
    /// The names of the features, in order (the model file lists its weights under these names).
    package static let names = [
        "bias", "cosine", "shared rarity", "shared words", "shared capitals", "position gap", "both lead",
        "shared figure", "best for first", "best for second", "margin for first", "margin for second",
    ]

    /// The feature vector of sentences `i` and `j` of `table` (from different articles).
    static func features(_ table: EventSentences, _ i: Int, _ j: Int) -> [Double] {
        let a = table.sentences[i]
        let b = table.sentences[j]
        let cosine = table.cosine(i, j)
        let shared = table.shared(a.words, b.words)
        let capitals = table.shared(a.capitalWords, b.capitalWords).count
        let capitalUnion = a.capitalWords.count + b.capitalWords.count - capitals
        let bestA = table.best(of: i, in: b.article)
        let bestB = table.best(of: j, in: a.article)
        let isBestA = cosine >= bestA.first - 1e-12
        let isBestB = cosine >= bestB.first - 1e-12
        return [
            1,
            cosine,
            shared.rarity / 10,
            Double(shared.count) / 5,
            capitalUnion == 0 ? 0 : Double(capitals) / Double(capitalUnion),
            abs(Double(a.index) / Double(max(a.count, 1)) - Double(b.index) / Double(max(b.count, 1))),
            a.index < 3 && b.index < 3 ? 1 : 0,
            a.numbers.isDisjoint(with: b.numbers) ? 0 : 1,
            isBestA ? 1 : 0,
            isBestB ? 1 : 0,
            isBestA ? cosine - bestA.second : cosine - bestA.first,
            isBestB ? cosine - bestB.second : cosine - bestB.first,
        ]
    }
}
