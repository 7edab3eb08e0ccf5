import ParallaxCore

/// A length with the day it starts on, which Recognizers-Text reads as one period: "a week
/// starting tomorrow", "2 weeks starting May 20th", "3 days starting from next Monday", "for 1 week,
/// from 20th dec", "for 3 days from today" (`(2018-05-23,2018-05-26,P3D)`: the day, the day the
/// length reaches, the length). A "for" before the length joins the span when "from" links the day.
struct StartingLengthComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with lengths and their starting days merged.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        var output: [TimeMatch] = []
        for match in matches {
            if let counted = countedFrom(match, in: tokens) {
                output.append(counted)
                continue
            }
            guard let last = output.last, last.type == .duration, let parts = DurationShiftRule.parts(of: last.value),
                match.type == .date, let days = match.days, days.first == days.last,
                let link = link(last.tokens.upperBound..<match.tokens.lowerBound, in: tokens)
            else {
                output.append(match)
                continue
            }
            let hasFor = tokens.isWord(last.tokens.lowerBound - 1, Self.for)
            guard link == .starting || hasFor else {
                output.append(match)  // "3 days from Tuesday" is a day (`DurationShiftRule`), not a period.
                continue
            }
            let start = hasFor && link == .from ? last.tokens.lowerBound - 1 : last.tokens.lowerBound
            output[output.count - 1] = period(from: days.first, parts: parts, length: last.value, tokens: start..<match.tokens.upperBound)
        }
        return output
    }

    /// "for 3 days from today": a day counted from another (`DurationShiftRule`) after "for" is the period between them.
    private func countedFrom(_ match: TimeMatch, in tokens: KeyedTokens) -> TimeMatch? {
        let start = match.tokens.lowerBound
        guard match.type == .date, tokens.isWord(start - 1, Self.for), let end = match.days?.first,
            let length = Self.durations.match(at: start, in: tokens, anchor: nil), length.type == .duration,
            tokens.isWord(length.tokens.upperBound, Self.from), let parts = DurationShiftRule.parts(of: length.value)
        else { return nil }
        let first = DurationShiftRule.shift(end, by: parts, direction: -1)
        return period(from: first, parts: parts, length: length.value, tokens: start - 1..<match.tokens.upperBound)
    }

    private func period(from first: CalendarDate, parts: (years: Int, months: Int, days: Int), length: String, tokens: Range<Int>)
        -> TimeMatch
    {
        let after = DurationShiftRule.shift(first, by: parts, direction: 1)
        let value = TimexRange(start: first.description, end: after.description, duration: length)
        return TimeMatch(tokens: tokens, type: .date, value: value.description, days: DayInterval(first: first, last: after.adding(days: -1)))
    }

    /// How the tokens between a length and a day link them: ", from", "from", "starting", "starting from", "starting on".
    private func link(_ gap: Range<Int>, in tokens: KeyedTokens) -> Link? {
        var index = gap.lowerBound
        if tokens.isPunctuation(index, 0x2C) { index += 1 }
        if tokens.isWord(index, Self.from), index + 1 == gap.upperBound { return .from }
        guard tokens.isWord(index, in: Self.starting) else { return nil }
        index += 1
        if tokens.isWord(index, in: Self.startLinks) { index += 1 }
        return index == gap.upperBound ? .starting : nil
    }

    /// The word linking a length to its first day.
    private enum Link {
        case from, starting
    }

    private static let durations = DurationRule()
    private static let `for` = WordKey.word("for")
    private static let from = WordKey.word("from")
    private static let starting = WordKey.set(["starting", "beginning", "commencing"])
    private static let startLinks = WordKey.set(["from", "on"])
}
