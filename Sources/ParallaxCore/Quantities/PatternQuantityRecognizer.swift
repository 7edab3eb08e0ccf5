/// First-version quantity recognizer (placeholder until implemented).
public struct PatternQuantityRecognizer: QuantityRecognizer {
    /// Creates the recognizer.
    public init() {}
    /// The quantities in `text`.
    public func quantities(in text: TokenizedText) -> [Quantity] { [] }
}
