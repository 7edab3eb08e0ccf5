import ParallaxCore

/// One expected result of a Recognizers-Text DateTime spec case: where it is and, for parser and
/// model specs, the readings its value may take.
public struct DateTimeSpecResult: Sendable, Hashable {
    /// Where the result is, in Unicode scalar offsets of the case's input.
    public var span: TextSpan
    /// The spec's text of the result (model specs lower-case it).
    public var text: String
    /// The acceptable readings; `nil` for extractor specs, which check spans only. Empty when the
    /// spec gives a value without a TIMEX (time zones), which no TIMEX3 value can match.
    public var values: [DateTimeSpecValue]?

    /// Creates a result.
    public init(span: TextSpan, text: String, values: [DateTimeSpecValue]? = nil) {
        self.span = span
        self.text = text
        self.values = values
    }
}
