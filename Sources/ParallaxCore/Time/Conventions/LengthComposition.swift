/// Lengths as Recognizers-Text spans them: adjacent lengths are one ("1 month 2 years 21 days"),
/// and a length counted from now is a date ("2 days later", "3 weeks hence", "4 weeks in the
/// future", "in 3 weeks"), valued by moving the document date (`2016-11-28` for "in 3 weeks" on
/// 2016-11-07). Clock lengths ("in 5 hours") keep the length as value: the document date has no time.
struct LengthComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with lengths merged and counted from now.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?) -> [TimeMatch] {
        var merged: [TimeMatch] = []
        for match in matches {
            if let last = merged.last, last.type == .duration, match.type == .duration,
                last.tokens.upperBound == match.tokens.lowerBound, let sum = Self.sum(last.value, match.value)
            {
                merged[merged.count - 1].tokens = last.tokens.lowerBound..<match.tokens.upperBound
                merged[merged.count - 1].value = sum
            } else {
                merged.append(match)
            }
        }
        var output: [TimeMatch] = []
        var skipUntil = 0
        for var match in merged {
            if match.tokens.lowerBound < skipUntil { continue }
            guard match.type == .duration else {
                output.append(match)
                continue
            }
            var end = match.tokens.upperBound
            var start = match.tokens.lowerBound
            if let period = period(match, in: tokens, anchor: anchor) {
                output.append(period)
                skipUntil = period.tokens.upperBound
                continue
            }
            if tokens.isWord(end, Self.later) {
                end += 1
            } else if tokens.isWord(start - 1, Self.in), (output.last?.tokens.upperBound ?? 0) < start {
                start -= 1
            } else {
                output.append(match)
                continue
            }
            skipUntil = end
            if let anchor, let parts = DurationShiftRule.parts(of: match.value) {
                let day = TimexFormat.day(DurationShiftRule.shift(anchor, by: parts, direction: 1))
                match.value = day.value
                match.days = day.days
                match.type = .date
            }
            match.tokens = start..<end
            output.append(match)
        }
        return output
    }

    /// A length as the period it spans from now: "next 3 days", "within 5 years", "the past 3 weeks",
    /// "2 days hence", "4 weeks in the future". Forward periods start the day after the document
    /// date, backward ones end on it: `(2016-11-08,2016-11-11,P3D)`, `(2016-10-17,2016-11-07,P3W)`;
    /// "within" counts from the document date itself (`(2016-11-07,2016-11-12,P5D)` for "within 5 days").
    private func period(_ match: TimeMatch, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        // "few" counts three, as in Recognizers-Text ("past few days" is three days).
        let few = match.value.contains("X") && match.tokens.contains { tokens.isWord($0, Self.few) }
        let length = few ? String(match.value.map { $0 == "X" ? "3" : $0 }) : match.value
        guard let anchor, let parts = DurationShiftRule.parts(of: length) else { return nil }
        var end = match.tokens.upperBound
        var direction = 0
        let lead = tokens.isWord(match.tokens.lowerBound, Self.the) ? match.tokens.lowerBound + 1 : match.tokens.lowerBound
        if let key = tokens.key(lead), let step = Self.steps[key] {
            direction = step
        } else if tokens.isWord(match.tokens.lowerBound - 1, Self.within)
            || (tokens.isWord(match.tokens.lowerBound - 1, in: Self.forward) && tokens.isWord(match.tokens.lowerBound - 2, Self.within))
        {
            direction = 1
        } else if tokens.isWord(end, Self.hence) {
            direction = 1
            end += 1
        } else if tokens.isWord(end, Self.in), tokens.isWord(end + 1, Self.the), tokens.isWord(end + 2, Self.future) {
            direction = 1
            end += 3
        }
        guard direction != 0 else { return nil }
        let within = (1...3).contains { tokens.isWord(match.tokens.lowerBound - $0, Self.within) }
        let first =
            direction > 0
            ? anchor.adding(days: within ? 0 : 1) : DurationShiftRule.shift(anchor, by: parts, direction: -1)
        let last = direction > 0 ? DurationShiftRule.shift(first, by: parts, direction: 1) : anchor
        return TimeMatch(
            tokens: match.tokens.lowerBound..<end, type: .date,
            value: TimexRange(start: first.description, end: last.description, duration: length).description,
            days: DayInterval(first: first, last: last))
    }

    /// Two TIMEX3 lengths added (`P1M` + `P2Y21D` = `P2Y1M21D`); nil when either is vague.
    static func sum(_ a: String, _ b: String) -> String? {
        guard let x = fields(a), let y = fields(b) else { return nil }
        var total: [Character: Int] = [:]
        for (unit, amount) in x { total[unit, default: 0] += amount }
        for (unit, amount) in y { total[unit, default: 0] += amount }
        var value = "P"
        for unit in "YMWD" { if let n = total[unit] { value += "\(n)\(unit)" } }
        let clock = "hms".compactMap { unit in total[unit].map { "\($0)\(unit.uppercased())" } }.joined()
        if !clock.isEmpty { value += "T" + clock }
        return value.count > 1 ? value : nil
    }

    /// Whole amounts per unit; clock units are lowercased (`h`, `m`, `s`) to keep `M` (months) apart.
    private static func fields(_ value: String) -> [Character: Int]? {
        guard value.hasPrefix("P") else { return nil }
        var result: [Character: Int] = [:]
        var number = ""
        var clock = false
        for character in value.dropFirst() {
            if character == "T" {
                clock = true
            } else if character.isASCII, character.isNumber {
                number.append(character)
            } else {
                guard let amount = Int(number), "YMWDHS".contains(character) else { return nil }
                let unit: Character = clock ? Character(character.lowercased()) : character
                result[unit, default: 0] += amount
                number = ""
            }
        }
        return number.isEmpty ? result : nil
    }

    private static let later = WordKey.word("later")
    private static let few = WordKey.word("few")
    private static let hence = WordKey.word("hence")
    private static let within = WordKey.word("within")
    private static let forward = WordKey.set(["next", "upcoming", "coming", "following"])
    private static let steps: [WordKey: Int] = WordKey.table([
        "next": 1, "upcoming": 1, "coming": 1, "following": 1, "past": -1, "previous": -1, "last": -1,
    ])
    private static let `in` = WordKey.word("in")
    private static let the = WordKey.word("the")
    private static let future = WordKey.word("future")
}
