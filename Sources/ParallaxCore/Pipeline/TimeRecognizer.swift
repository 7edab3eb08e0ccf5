/// Finds temporal expressions and normalizes them against the article's creation date.
public protocol TimeRecognizer: Sendable {
    /// The time expressions in `text`; relative ones resolve against `documentDate` when given.
    func times(in text: TokenizedText, documentDate: CalendarDate?) -> [TimeExpression]
}
