import ParallaxCore

/// Coreference scores summed over documents: mention-pair links, MUC and B³, plus how well
/// mentions and pronouns were found.
///
/// Counts add across documents (micro-average). Recall counts every gold mention; precision counts
/// only system mentions aligned to a gold mention (system mentions of people the gold does not
/// annotate cannot be judged), reported as `unalignedSystem`.
public struct CorefScore: Sendable, Hashable {
    /// Gold links (pairs of coreferent gold mentions).
    public var goldLinks = 0
    /// System links between aligned mentions.
    public var systemLinks = 0
    /// System links whose two mentions are gold-coreferent.
    public var correctLinks = 0
    /// MUC recall numerator: gold entities' sizes less the parts the system splits them into.
    public var mucRecallNumerator = 0
    /// MUC recall denominator: gold entities' sizes less one.
    public var mucRecallDenominator = 0
    /// MUC precision numerator: system clusters' sizes less the gold entities they span.
    public var mucPrecisionNumerator = 0
    /// MUC precision denominator: system clusters' sizes less one.
    public var mucPrecisionDenominator = 0
    /// Sum of per-mention B³ recall over gold mentions.
    public var bcubedRecallSum = 0.0
    /// Sum of per-mention B³ precision over aligned system mentions.
    public var bcubedPrecisionSum = 0.0
    /// Gold mentions.
    public var goldMentions = 0
    /// System mentions aligned to a gold mention.
    public var alignedSystem = 0
    /// System mentions not aligned to any gold mention.
    public var unalignedSystem = 0
    /// Gold pronoun mentions.
    public var goldPronouns = 0
    /// System pronoun mentions aligned to a gold mention.
    public var alignedPronouns = 0
    /// Aligned system pronouns whose cluster holds another aligned mention (so can be judged).
    public var judgedPronouns = 0
    /// Judged system pronouns whose cluster holds another mention of the pronoun's gold entity.
    public var correctPronouns = 0
    /// Documents scored.
    public var documents = 0

    /// Creates an empty score.
    public init() {}

    /// Mention-pair precision.
    public var linkPrecision: Double { ratio(correctLinks, systemLinks) }
    /// Mention-pair recall.
    public var linkRecall: Double { ratio(correctLinks, goldLinks) }
    /// MUC precision, recall and F1.
    public var muc: (precision: Double, recall: Double, f1: Double) {
        let p = ratio(mucPrecisionNumerator, mucPrecisionDenominator)
        let r = ratio(mucRecallNumerator, mucRecallDenominator)
        return (p, r, Self.f1(p, r))
    }
    /// B³ precision, recall and F1.
    public var bcubed: (precision: Double, recall: Double, f1: Double) {
        let p = alignedSystem == 0 ? 0 : bcubedPrecisionSum / Double(alignedSystem)
        let r = goldMentions == 0 ? 0 : bcubedRecallSum / Double(goldMentions)
        return (p, r, Self.f1(p, r))
    }

    /// The harmonic mean of `p` and `r`.
    public static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Adds another score's counts.
    public mutating func add(_ other: CorefScore) {
        goldLinks += other.goldLinks
        systemLinks += other.systemLinks
        correctLinks += other.correctLinks
        mucRecallNumerator += other.mucRecallNumerator
        mucRecallDenominator += other.mucRecallDenominator
        mucPrecisionNumerator += other.mucPrecisionNumerator
        mucPrecisionDenominator += other.mucPrecisionDenominator
        bcubedRecallSum += other.bcubedRecallSum
        bcubedPrecisionSum += other.bcubedPrecisionSum
        goldMentions += other.goldMentions
        alignedSystem += other.alignedSystem
        unalignedSystem += other.unalignedSystem
        goldPronouns += other.goldPronouns
        alignedPronouns += other.alignedPronouns
        judgedPronouns += other.judgedPronouns
        correctPronouns += other.correctPronouns
        documents += other.documents
    }
}
