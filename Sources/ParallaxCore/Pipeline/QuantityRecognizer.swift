/// Finds figures (money, percentages, durations, ages, counts, numbers) with their values.
public protocol QuantityRecognizer: Sendable {
    /// The quantities in `text`, in order, not overlapping.
    func quantities(in text: TokenizedText) -> [Quantity]
}
