import ParallaxCore

/// Joins a day and a part of that day named apart from it into one expression, as
/// Recognizers-Text does: "Tuesday in the morning", "this Friday, in the afternoon", "in the
/// morning of this Tuesday", "in the late night on Tuesday", "Tuesday early-morning"
/// (`2016-11-08TMO`, the day's value with the part's code).
///
/// A day followed by a capitalized "AM" or "PM" alone is its morning or afternoon ("Tuesday PM",
/// `…TAF`). The part must otherwise name a part of the day in words ("morning", "late-night"), so "tonight" or "PM"
/// stay apart; only a comma, "on" or "of" may stand between the two.
struct DayPartComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with each day and the part of it named next to it joined.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        let output = RecognizersTextComposer.joiningNeighbours(matches) { join($0, $1, in: tokens) }
        return output.enumerated().map { offset, match in
            let next = offset + 1 < output.count ? output[offset + 1].tokens.lowerBound : tokens.count
            return withMeridiem(match, before: next, in: tokens) ?? match
        }
    }

    /// A day with a bare "AM" or "PM" after it ("Tuesday PM"): its morning or afternoon.
    private func withMeridiem(_ match: TimeMatch, before next: Int, in tokens: KeyedTokens) -> TimeMatch? {
        let after = match.tokens.upperBound
        guard match.type == .date, DayTimeComposition.isDay(match), after < next, tokens.isUppercaseWord(after),
            let key = tokens.key(after), let part = Self.meridiems[key]
        else { return nil }
        return TimeMatch(
            tokens: match.tokens.lowerBound..<after + 1, type: .time,
            value: TimexInstant.datePart(match.value) + "T" + part, days: match.days, resolved: match.resolved)
    }

    /// `first` and `second` as one expression when one is a day and the other a part of a day.
    private func join(_ first: TimeMatch, _ second: TimeMatch, in tokens: KeyedTokens) -> TimeMatch? {
        let gap = first.tokens.upperBound..<second.tokens.lowerBound
        guard gap.count <= 2, RecognizersTextComposer.gap(gap, in: tokens, onlyFrom: Self.joiners) else { return nil }
        let day: TimeMatch
        let part: String
        if first.type == .date, DayTimeComposition.isDay(first), let code = Self.part(second, in: tokens) {
            (day, part) = (first, code)
        } else if second.type == .date, DayTimeComposition.isDay(second), let code = Self.part(first, in: tokens) {
            (day, part) = (second, code)
        } else {
            return nil
        }
        return TimeMatch(
            tokens: first.tokens.lowerBound..<second.tokens.upperBound, type: .time,
            value: TimexInstant.datePart(day.value) + "T" + part, days: day.days, resolved: day.resolved)
    }

    /// The part-of-day code of `match` when it is a part of a day named in words ("in the morning").
    private static func part(_ match: TimeMatch, in tokens: KeyedTokens) -> String? {
        guard match.type == .time, let code = TimexInstant(match.value).dayPart,
            let last = tokens.segments(match.tokens.upperBound - 1).last, let word = last,
            partWords.contains(word)
        else { return nil }
        return code
    }

    private static let meridiems: [WordKey: String] = WordKey.table(["am": "MO", "pm": "AF"])
    private static let partWords = WordKey.set(["morning", "afternoon", "evening", "night"])
    private static let joiners = WordKey.set(["on", "of"])
}
