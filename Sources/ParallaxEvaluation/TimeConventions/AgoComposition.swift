import ParallaxCore

/// Lengths counted back from now as Recognizers-Text values them: to the day ("two years ago" is
/// `2014-11-07` on 2016-11-07, where TimeML keeps the unit's granularity, `2014`), "a few" as three
/// ("a few days ago" is `2016-11-04`), and a length just before the counted one joins it ("1 month,
/// 21 days ago", "1 month 2 years 21 days ago").
struct AgoComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with lengths before "ago" revalued and joined.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?) -> [TimeMatch] {
        guard let anchor else { return matches }
        var output: [TimeMatch] = []
        for match in matches {
            guard match.type == .date, tokens.isWord(match.tokens.upperBound - 1, Self.ago),
                let length = Self.durations.match(at: match.tokens.lowerBound, in: tokens, anchor: anchor),
                length.type == .duration, length.tokens.upperBound == match.tokens.upperBound - 1
            else {
                output.append(match)
                continue
            }
            var value = length.value
            if value.contains("X") {
                guard (length.tokens).contains(where: { tokens.isWord($0, Self.few) }) else {
                    output.append(match)
                    continue
                }
                value = String(value.map { $0 == "X" ? "3" : $0 })  // "a few days": three.
            }
            var start = match.tokens.lowerBound
            if let last = output.last, last.type == .duration,
                RecognizersTextComposer.gap(last.tokens.upperBound..<start, in: tokens, onlyFrom: []),
                let sum = LengthComposition.sum(last.value, value)
            {
                output.removeLast()
                start = last.tokens.lowerBound
                value = sum
            }
            guard let parts = DurationShiftRule.parts(of: value) else {
                output.append(match)
                continue
            }
            let day = TimexFormat.day(DurationShiftRule.shift(anchor, by: parts, direction: -1))
            output.append(TimeMatch(tokens: start..<match.tokens.upperBound, type: .date, value: day.value, days: day.days))
        }
        return output
    }

    private static let durations = DurationRule()
    private static let ago = WordKey.word("ago")
    private static let few = WordKey.word("few")
}
