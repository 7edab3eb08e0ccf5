import ParallaxCore

/// The quotation mark characters the PolNeAR scorer recognizes: straight and curly, double and single.
enum QuotationMarks {
    /// The scalars counted as quotation marks.
    static let scalars: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'"]

    /// Whether a quotation mark lies in the two scalars before `start` or at `start` itself.
    static func marksDirect(_ scalars: [Unicode.Scalar], start: Int) -> Bool {
        let low = max(0, start - 2)
        let high = min(scalars.count, start + 1)
        guard low < high else { return false }
        return scalars[low..<high].contains { Self.scalars.contains($0) }
    }
}
