/// First-version time recognizer (placeholder until implemented).
public struct PatternTimeRecognizer: TimeRecognizer {
    /// Creates the recognizer.
    public init() {}
    /// The time expressions in `text`.
    public func times(in text: TokenizedText, documentDate: CalendarDate?) -> [TimeExpression] { [] }
}
