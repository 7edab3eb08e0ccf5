import ParallaxCore

/// TempEval-3 counts for time expression recognition and normalization, summed over documents.
///
/// Measures (UzZaman et al. 2013, TempEval-3 task A):
/// - **strict** span P/R/F1: a system expression counts when its span equals a gold span exactly;
/// - **relaxed** span P/R/F1: a system expression counts when it overlaps a gold span (each gold
///   expression pairs with at most one system expression, in text order);
/// - **type accuracy**: share of relaxed pairs whose TIMEX3 type is the gold type;
/// - **value F1**: the attribute F1 of TempEval-3 — P = relaxed pairs with the gold value / system
///   expressions, R = the same count / gold expressions. Values compare as exact strings.
public struct TempEvalScore: Sendable, Hashable {
    /// Documents scored.
    public var documents = 0
    /// Gold expressions (creation times excluded).
    public var gold = 0
    /// System expressions.
    public var system = 0
    /// System expressions whose span equals a gold span.
    public var strictMatches = 0
    /// One-to-one pairs of overlapping system and gold expressions.
    public var relaxedMatches = 0
    /// Relaxed pairs with the same type.
    public var typeMatches = 0
    /// Relaxed pairs with the same value.
    public var valueMatches = 0

    /// An empty score.
    public init() {}

    /// Strict (exact span) precision.
    public var strictPrecision: Double { Self.ratio(strictMatches, system) }
    /// Strict (exact span) recall.
    public var strictRecall: Double { Self.ratio(strictMatches, gold) }
    /// Strict (exact span) F1.
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    /// Relaxed (overlapping span) precision.
    public var relaxedPrecision: Double { Self.ratio(relaxedMatches, system) }
    /// Relaxed (overlapping span) recall.
    public var relaxedRecall: Double { Self.ratio(relaxedMatches, gold) }
    /// Relaxed (overlapping span) F1.
    public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
    /// Share of relaxed pairs with the gold type.
    public var typeAccuracy: Double { Self.ratio(typeMatches, relaxedMatches) }
    /// Share of relaxed pairs with the gold value.
    public var valueAccuracy: Double { Self.ratio(valueMatches, relaxedMatches) }
    /// Value precision: relaxed pairs with the gold value over system expressions.
    public var valuePrecision: Double { Self.ratio(valueMatches, system) }
    /// Value recall: relaxed pairs with the gold value over gold expressions.
    public var valueRecall: Double { Self.ratio(valueMatches, gold) }
    /// Value F1 (TempEval-3's value attribute F1).
    public var valueF1: Double { Self.f1(valuePrecision, valueRecall) }
    /// Type F1 (TempEval-3's type attribute F1), for comparison with published tables.
    public var typeF1: Double { Self.f1(Self.ratio(typeMatches, system), Self.ratio(typeMatches, gold)) }

    /// The sum of two scores.
    public static func + (lhs: TempEvalScore, rhs: TempEvalScore) -> TempEvalScore {
        var sum = lhs
        sum.documents += rhs.documents
        sum.gold += rhs.gold
        sum.system += rhs.system
        sum.strictMatches += rhs.strictMatches
        sum.relaxedMatches += rhs.relaxedMatches
        sum.typeMatches += rhs.typeMatches
        sum.valueMatches += rhs.valueMatches
        return sum
    }

    /// Adds another score to this one.
    public static func += (lhs: inout TempEvalScore, rhs: TempEvalScore) { lhs = lhs + rhs }

    private static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    private static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
