/// The hedge words that may stand right before a figure, and what each does to its interval.
///
/// A hedge changes the exact value v (or a stated interval low…high) as follows; t is the
/// approximation tolerance, 10%:
/// - `approximately` ("about", "around", "roughly", "approximately", "some", "an estimated",
///   "circa"): [low·(1−t), high·(1+t)], so "about 90 minutes" is 81…99 minutes.
/// - `nearly` ("nearly", "almost", "close to", "just under", "just shy of"): [low·(1−t), high],
///   closed at v because reporters round ("nearly 90" and "90" are compatible, not in conflict).
/// - `moreThan` ("more than", "over", "above", "in excess of", "upwards of", "just over",
///   "well over"): (low, +∞), open at v. "over" is not a hedge before a length of time
///   ("talks over three days" means during).
/// - `atLeast` ("at least", "no fewer than", "no less than", "a minimum of"): [low, +∞).
/// - `upTo` ("up to", "at most", "as many as", "as much as", "no more than", "a maximum of"): [0, high].
/// - `lessThan` ("less than", "fewer than", "under", "below"): [0, high), open at v.
/// - `record` ("record"): the value is unchanged; the hedge only records the claim.
/// Bounds of negative values widen away from zero, and a lower bound 0 becomes −∞ for negative highs.
struct HedgeRules: Sendable {
    /// Relative tolerance of "about" and of the lower side of "nearly".
    static let tolerance = 0.10

    /// A hedge phrase found in text.
    struct Match: Sendable {
        /// The hedge.
        var hedge: Hedge
        /// Number of tokens the phrase covers.
        var length: Int
        /// Whether the phrase is not a hedge before a length of time ("over three days").
        var skipsDurations: Bool
    }

    /// Creates the rules.
    init() {}

    /// The hedge phrase starting at token `index`, longest first.
    func match(at index: Int, in tokens: KeyedTokens) -> Match? {
        guard let found = Self.phrases.match(at: index, in: tokens) else { return nil }
        var match = found.value
        match.length = found.length
        return match
    }

    /// Applies `hedge` to a value.
    static func apply(_ hedge: Hedge, to value: ValueInterval) -> ValueInterval {
        let t = tolerance
        let zeroOrBelow = value.high >= 0 ? 0.0 : -Double.infinity
        switch hedge {
        case .approximately:
            return ValueInterval(
                low: value.low - abs(value.low) * t, high: value.high + abs(value.high) * t,
                lowOpen: value.lowOpen, highOpen: value.highOpen)
        case .nearly:
            return ValueInterval(
                low: value.low - abs(value.low) * t, high: value.high, lowOpen: value.lowOpen, highOpen: value.highOpen)
        case .moreThan:
            return ValueInterval(low: value.low, high: .infinity, lowOpen: true)
        case .atLeast:
            return ValueInterval(low: value.low, high: .infinity, lowOpen: value.lowOpen)
        case .upTo:
            return ValueInterval(low: zeroOrBelow, high: value.high, highOpen: value.highOpen)
        case .lessThan:
            return ValueInterval(low: zeroOrBelow, high: value.high, highOpen: true)
        case .record:
            return value
        }
    }

    private static let phrases: PhraseTable<Match> = {
        let table: [(String, Hedge)] = [
            ("about", .approximately), ("around", .approximately), ("roughly", .approximately),
            ("approximately", .approximately), ("approx.", .approximately), ("approx", .approximately),
            ("some", .approximately), ("an estimated", .approximately), ("estimated", .approximately),
            ("circa", .approximately), ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly),
            ("just under", .nearly), ("just shy of", .nearly), ("more than", .moreThan), ("over", .moreThan),
            ("above", .moreThan), ("in excess of", .moreThan), ("upwards of", .moreThan), ("just over", .moreThan),
            ("well over", .moreThan), ("at least", .atLeast), ("no fewer than", .atLeast),
            ("no less than", .atLeast), ("a minimum of", .atLeast), ("up to", .upTo), ("at most", .upTo),
            ("as many as", .upTo), ("as much as", .upTo), ("no more than", .upTo), ("a maximum of", .upTo),
            ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan), ("below", .lessThan),
            ("record", .record),
        ]
        return PhraseTable(table.map { ($0.0, Match(hedge: $0.1, length: 0, skipsDurations: $0.0 == "over")) })
    }()
}
