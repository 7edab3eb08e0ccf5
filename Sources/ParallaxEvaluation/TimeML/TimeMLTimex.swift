import ParallaxCore

/// One gold TIMEX3 annotation of a TimeML document: where it is and what it says.
public struct TimeMLTimex: Sendable, Hashable {
    /// The annotation's id (`t12`); empty when the source gives none.
    public var id: String
    /// Where the expression is, in Unicode scalar offsets into the document's `text`.
    public var span: TextSpan
    /// The TIMEX3 `type` attribute as written (`DATE`, `TIME`, `DURATION`, `SET`).
    public var type: String
    /// The TIMEX3 `value` attribute as written (`1998-01-08`, `P1W`, `PAST_REF`).
    public var value: String

    /// Creates an annotation.
    public init(id: String, span: TextSpan, type: String, value: String) {
        self.id = id
        self.span = span
        self.type = type
        self.value = value
    }
}
