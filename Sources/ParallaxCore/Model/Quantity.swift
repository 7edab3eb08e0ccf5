/// A figure in the text as a comparable value: kind, unit, interval and hedge.
public struct Quantity: Sendable, Hashable, Codable {
    /// Where the figure is, hedge words included.
    public var span: TextSpan
    /// The figure's text.
    public var text: String
    /// What the figure measures.
    public var kind: QuantityKind
    /// Unit of `value`: ISO 4217 code, `percent`, `second`, `year`, or a counted noun; nil for bare numbers.
    public var unit: String?
    /// The value as an interval in the base unit, after the hedge is applied.
    public var value: ValueInterval
    /// The hedge, when one qualifies the figure.
    public var hedge: Hedge?

    /// Creates a quantity.
    public init(span: TextSpan, text: String, kind: QuantityKind, unit: String?, value: ValueInterval, hedge: Hedge?) {
        self.span = span
        self.text = text
        self.kind = kind
        self.unit = unit
        self.value = value
        self.hedge = hedge
    }
}
