/// The logistic model of whether two values (or two sentences, or two quotations) from different
/// articles are the same fact, over `FactPairFeatures` (`EventPairFeatures`, `QuotePairFeatures`).
///
/// The bundled weights (`Resources/Models/fact-pairs.json` and the others) are fitted by `parallax
/// train claims|events|quotes` on annotated multi-outlet stories; the threshold is chosen on the same
/// training stories.
public typealias FactPairModel = LogisticModel

extension LogisticModel {
    /// The fact-pair model bundled with Parallax (`fact-pairs.json`); nil when the file is missing or
    /// fitted for other features.
    public static let bundled: LogisticModel? = resource("fact-pairs", features: FactPairFeatures.names)

    /// The event-sentence model bundled with Parallax (`event-pairs.json`): whether two sentences from
    /// different outlets report the same event; nil when the file is missing or fitted for other features.
    public static let eventPairs: LogisticModel? = resource("event-pairs", features: EventPairFeatures.names)

    /// The quote-pair model bundled with Parallax (`quote-pairs.json`): whether two quotations from
    /// different outlets render one statement; nil when the file is missing or fitted for other features.
    public static let quotePairs: LogisticModel? = resource("quote-pairs", features: QuotePairFeatures.names)
}
