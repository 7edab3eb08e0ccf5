/// A temporal expression with its TIMEX3 type and normalized value.
public struct TimeExpression: Sendable, Hashable, Codable {
    /// Where the expression is.
    public var span: TextSpan
    /// The expression's text.
    public var text: String
    /// TIMEX3 type.
    public var type: TimexType
    /// TIMEX3 value (`2025-01-17`, `2025-W03`, `PT1H35M`, `PAST_REF`); relative expressions in an
    /// undated article keep a placeholder value and `resolved == false`.
    public var value: String
    /// For DATE expressions resolved to days, and TIMEs anchored to a day ("Tuesday morning"), the days they cover.
    public var days: DayInterval?
    /// Whether `value` is anchored to a calendar (false when the article has no date to resolve against).
    public var resolved: Bool

    /// Creates a time expression.
    public init(span: TextSpan, text: String, type: TimexType, value: String, days: DayInterval? = nil, resolved: Bool = true) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.days = days
        self.resolved = resolved
    }
}
