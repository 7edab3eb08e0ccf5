import ParallaxCore

/// A number with its unit found in free text by `UnitQuantityExtractor`: a percentage, an amount
/// of money, a dimension or an age, with the value in the unit as written.
public struct UnitMention: Sendable, Hashable {
    /// Where the mention is, in Unicode-scalar offsets.
    public var span: TextSpan
    /// What it measures.
    public var kind: QuantityKind
    /// The unit as written, canonical: an ISO 4217 code or currency subunit name (`cent`), a
    /// dimension unit name (`kilometre`), `year`/`month`/`week`/`day` for ages, `percent`.
    public var unit: String?
    /// The value in `unit`; nil for a unit named without a number ("dollar" in "the dollar rose").
    public var value: Double?
    /// The value in the base unit of the dimension (see `QuantityKind.dimension`), when known.
    public var baseValue: Double?

    /// Creates a mention.
    public init(span: TextSpan, kind: QuantityKind, unit: String?, value: Double?, baseValue: Double? = nil) {
        self.span = span
        self.kind = kind
        self.unit = unit
        self.value = value
        self.baseValue = baseValue
    }
}
