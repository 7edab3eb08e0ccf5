/// The evidence that two quotations from different articles render one statement: how much of their
/// wording they share, who is said to speak, how each is quoted, and whether their sentences report the
/// same event.
///
/// `FactPairModel.quotePairs` weighs these into a probability; the weights are learned from annotated
/// stories (`parallax train quotes`), not set by hand.
package enum QuotePairFeatures {
    /// The names of the features, in order (the model file lists its weights under these names).
    package static let names = [
        "bias", "dice", "containment", "shared words", "same speaker", "both named", "either unknown speaker",
        "both direct", "either indirect", "either partial", "sentences alike", "same text", "short quote",
        "verbatim run", "verbatim share",
    ]

    /// The feature vector of quotes `a` and `b`; `sameSpeaker` whether their speakers may be one person,
    /// `alike` how likely their sentences report the same event.
    static func features(_ a: QuoteAligner.Item, _ b: QuoteAligner.Item, sameSpeaker: Bool, alike: Double) -> [Double] {
        let shared = a.stems.intersection(b.stems).count
        let shorter = min(a.stems.count, b.stems.count)
        let dice = ContentWords.dice(a.stems, b.stems)
        let run = QuoteAligner.longestSharedRun(a.words, b.words)
        let shorterWords = min(a.words.count, b.words.count)
        return [
            1,
            dice,
            shorter == 0 ? 0 : Double(shared) / Double(shorter),
            Double(min(shared, 10)) / 5,
            sameSpeaker && a.actor != nil && b.actor != nil ? 1 : 0,
            a.actor != nil && b.actor != nil ? 1 : 0,
            a.actor == nil || b.actor == nil ? 1 : 0,
            a.quote.kind == .direct && b.quote.kind == .direct ? 1 : 0,
            a.quote.kind == .indirect || b.quote.kind == .indirect ? 1 : 0,
            a.quote.kind == .partial || b.quote.kind == .partial ? 1 : 0,
            alike,
            a.stems == b.stems ? 1 : 0,
            shorter <= 2 ? 1 : 0,
            Double(min(run, 10)) / 5,
            shorterWords == 0 ? 0 : Double(run) / Double(shorterWords),
        ]
    }
}
