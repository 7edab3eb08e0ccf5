/// First-version quantity recognizer: finds money, percentages, durations, ages, counts and bare
/// numbers with one left-to-right pass over the tokens and small word tables.
///
/// Each figure is reported as an interval in its base unit (currency units, percent, seconds,
/// years, counted items) after its hedge is applied; see `HedgeRules` for what each hedge does,
/// `NumberWordParser` for the numbers read, `FigureReader` for how a unit is attached, and
/// `CalendarNumberRules` for the years, days of the month and clock times that are left to the
/// time recognizer. Output is in text order and never overlaps: at each token the longest reading
/// wins and the scan resumes after it.
public struct PatternQuantityRecognizer: QuantityRecognizer {
    private let hedges = HedgeRules()
    private let calendar = CalendarNumberRules()
    private let ordinals = OrdinalReader()

    /// Creates the recognizer.
    public init() {}

    /// The quantities in `text`, in order, not overlapping.
    public func quantities(in text: TokenizedText) -> [Quantity] {
        let tokens = KeyedTokens(text)
        let reader = FigureReader(tokens: tokens)
        var quantities: [Quantity] = []
        var index = 0
        var previousEnd = -1
        while index < tokens.count {
            if let calendarTokens = calendar.extent(at: index, in: tokens) {
                index = calendarTokens.upperBound
                continue
            }
            var hedge = hedges.match(at: index, in: tokens)
            let figureStart = index + (hedge?.length ?? 0)
            guard let figure = reader.figure(at: figureStart, previousEnd: previousEnd) else {
                if let position = ordinals.position(at: index, in: tokens) {
                    quantities.append(
                        Quantity(
                            span: tokens.span(index..<(index + 1)), text: tokens.string(index..<(index + 1)), kind: .ordinal,
                            unit: nil, value: ValueInterval(exactly: position), hedge: nil))
                    previousEnd = index + 1
                }
                index += 1
                continue
            }
            if hedge?.skipsDurations == true, figure.kind == .duration { hedge = nil }
            let range = (hedge == nil ? figureStart : index)..<figure.tokens.upperBound
            let value = hedge.map { HedgeRules.apply($0.hedge, to: figure.value) } ?? figure.value
            quantities.append(
                Quantity(
                    span: tokens.span(range), text: tokens.string(range), kind: figure.kind, unit: figure.unit,
                    value: value, hedge: hedge?.hedge))
            index = figure.tokens.upperBound
            previousEnd = index
        }
        return quantities
    }
}
