import ParallaxCore

/// Joins a recurrence and the clock time or day it recurs on into one expression, as
/// Recognizers-Text does: "3pm every day" (`T15:00`), "9am on Sundays" and "9am every Sunday"
/// (`XXXX-WXX-7T09:00`), "each Monday 4pm", "every morning at 9am" (`T09:00`), "every night at 9"
/// (`T21:00`), "on Mondays" (`XXXX-WXX-1`, the "on" inside), and "each 4/15" (`XXXX-04-15`).
///
/// A recurring time keeps the clock reading without a day; an hour below 12 on a recurring
/// afternoon, evening or night is read after noon.
struct SetComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with each recurrence joined to its time.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        var output: [TimeMatch] = []
        for match in matches {
            if let last = output.last, let joined = join(last, match, in: tokens) {
                output[output.count - 1] = joined
            } else if let recurring = everyDate(match, in: tokens, after: output.last) {
                output.append(recurring)
            } else {
                output.append(match)
            }
        }
        return output.enumerated().map { offset, match in
            let next = offset + 1 < output.count ? output[offset + 1].tokens.lowerBound : tokens.count
            let extended = extendedByOn(match, in: tokens)
            return withHour(extended, before: next, in: tokens) ?? extended
        }
    }

    /// A clock time and a recurring day (either order) or a recurring part of day followed by a
    /// clock time, as one recurrence.
    private func join(_ first: TimeMatch, _ second: TimeMatch, in tokens: KeyedTokens) -> TimeMatch? {
        let gap = first.tokens.upperBound..<second.tokens.lowerBound
        guard gap.count <= 1, RecognizersTextComposer.gap(gap, in: tokens, onlyFrom: Self.joiners) else { return nil }
        let span = first.tokens.lowerBound..<second.tokens.upperBound
        if DayTimeComposition.isClock(first), second.type == .set, let minutes = TimexInstant(first.value).minutes {
            return Self.recurring(second.value, at: minutes, tokens: span)
        }
        if first.type == .set, DayTimeComposition.isClock(second), let minutes = TimexInstant(second.value).minutes {
            return Self.recurring(first.value, at: minutes, tokens: span)
        }
        return nil
    }

    /// A recurring part of day followed by "at" and a bare hour ("every night at 9").
    private func withHour(_ match: TimeMatch, before next: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard match.type == .set, Self.dayPart(of: match.value) != nil, tokens.isWord(match.tokens.upperBound, Self.at),
            let hour = BareNumber.read(at: match.tokens.upperBound + 1, in: tokens), (1...12).contains(hour.value),
            hour.tokens.upperBound <= next
        else { return nil }
        return Self.recurring(
            match.value, at: hour.value * 60, tokens: match.tokens.lowerBound..<hour.tokens.upperBound)
    }

    /// `match` as the recurrence of its day ("each 4/15") when "every" or "each" stands right before it.
    private func everyDate(_ match: TimeMatch, in tokens: KeyedTokens, after previous: TimeMatch?) -> TimeMatch? {
        let cue = match.tokens.lowerBound - 1
        guard match.type == .date, tokens.isWord(cue, in: Self.every), previous.map({ $0.tokens.upperBound <= cue }) ?? true,
            match.value.count == 10, TimexInstant(match.value).day != nil || match.value.hasPrefix("XXXX-")
        else { return nil }
        return TimeMatch(tokens: cue..<match.tokens.upperBound, type: .set, value: "XXXX" + match.value.dropFirst(4))
    }

    /// A recurring day, part of day or time of day with the "on" before it ("on Mondays", "on
    /// evenings at 8").
    private func extendedByOn(_ match: TimeMatch, in tokens: KeyedTokens) -> TimeMatch {
        let cue = match.tokens.lowerBound - 1
        guard match.type == .set, tokens.isWord(cue, Self.on),
            match.value.hasPrefix("XXXX-WXX-") || match.value.hasPrefix("T")
        else { return match }
        var extended = match
        extended.tokens = cue..<match.tokens.upperBound
        return extended
    }

    /// The recurrence `value` at `minutes` past midnight: a weekday's clock time
    /// (`XXXX-WXX-7T09:00`), or a daily one (`T15:00`); nil for other recurrences.
    private static func recurring(_ value: String, at minutes: Int, tokens: Range<Int>) -> TimeMatch? {
        var minutes = minutes
        if let part = dayPart(of: value), ["AF", "EV", "NI"].contains(part), minutes < 12 * 60 { minutes += 12 * 60 }
        let clock = "T" + TimexInstant.clock(minutes)
        if value.hasPrefix("XXXX-WXX-"), !value.contains("T") {
            return TimeMatch(tokens: tokens, type: .set, value: value + clock)
        }
        guard value == "P1D" || dayPart(of: value) != nil else { return nil }
        return TimeMatch(tokens: tokens, type: .set, value: clock)
    }

    /// `MO` of `TMO`: the part of day a recurring time names.
    private static func dayPart(of value: String) -> String? {
        guard value.hasPrefix("T"), value.count == 3 else { return nil }
        let part = String(value.dropFirst())
        return ["MO", "AF", "EV", "NI"].contains(part) ? part : nil
    }

    private static let joiners = WordKey.set(["at", "on"])
    private static let every = WordKey.set(["every", "each"])
    private static let at = WordKey.word("at")
    private static let on = WordKey.word("on")
}
