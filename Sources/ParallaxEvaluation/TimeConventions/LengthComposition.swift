import ParallaxCore

/// Lengths as Recognizers-Text spans them: adjacent lengths are one ("1 month 2 years 21 days"),
/// and a length counted from now is a date ("2 days later", "3 weeks hence", "4 weeks in the
/// future", "in 3 weeks"), valued by moving the document date (`2016-11-28` for "in 3 weeks" on
/// 2016-11-07). A length with hours, minutes or seconds counts from the clock time of writing when
/// it is known ("in 5 hours", "30 minutes ago", "3 minutes from now": `2016-11-07T21:12:00`);
/// without one it keeps the length as value.
struct LengthComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with lengths merged and counted from now (`now`: the document date and the clock
    /// time of writing, when known).
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?, now: TimexMoment? = nil)
        -> [TimeMatch]
    {
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
            if let period = period(match, in: tokens, anchor: anchor, now: now) {
                output.append(period)
                skipUntil = period.tokens.upperBound
                continue
            }
            let free = (output.last?.tokens.upperBound ?? 0) < start
            if let now, match.value.contains("T"), let moment = moment(match, in: tokens, now: now, free: free) {
                output.append(moment)
                skipUntil = moment.tokens.upperBound
                continue
            }
            if tokens.isWord(end, Self.later) {
                end += 1
            } else if tokens.isWord(start - 1, Self.in), free {
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

    /// A clock length counted from `now` to a moment: "in 5 hours", "2 hours later", "3 minutes from
    /// now", "1 day 2 hours ago". `free` says whether the token before the length is not yet taken.
    private func moment(_ match: TimeMatch, in tokens: KeyedTokens, now: TimexMoment, free: Bool) -> TimeMatch? {
        var start = match.tokens.lowerBound
        var end = match.tokens.upperBound
        let direction: Int
        if tokens.isWord(end, Self.later) {
            direction = 1
            end += 1
        } else if tokens.isWord(end, Self.ago) {
            direction = -1
            end += 1
        } else if let side = tokens.key(end).flatMap({ Self.sides[$0] }), tokens.isWord(end + 1, Self.now) {
            direction = side
            end += 2
        } else if tokens.isWord(start - 1, Self.in), free {
            direction = 1
            start -= 1
        } else {
            return nil
        }
        guard let moment = now.shifted(by: match.value, direction: direction) else { return nil }
        return TimeMatch(
            tokens: start..<end, type: .time, value: moment.value, days: DayInterval(day: moment.day))
    }

    /// A length as the period it spans from now: "next 3 days", "within 5 years", "the past 3 weeks",
    /// "2 days hence", "4 weeks in the future". Forward periods start the day after the document
    /// date, backward ones end on it: `(2016-11-08,2016-11-11,P3D)`, `(2016-10-17,2016-11-07,P3W)`;
    /// a period "within" a length starts on the document date; "few" counts three ("past few days"). A
    /// length with clock units spans clock times from `now`, when known:
    /// `(2016-11-07T16:12:00,2016-11-07T21:12:00,PT5H)`.
    private func period(_ match: TimeMatch, in tokens: KeyedTokens, anchor: CalendarDate?, now: TimexMoment?)
        -> TimeMatch?
    {
        // "few" counts three, as in Recognizers-Text ("past few days" is three days).
        let few = match.value.contains("X") && match.tokens.contains { tokens.isWord($0, Self.few) }
        let length = few ? String(match.value.map { $0 == "X" ? "3" : $0 }) : match.value
        var end = match.tokens.upperBound
        var direction = 0
        let lower = match.tokens.lowerBound
        let lead = tokens.isWord(lower, Self.the) ? lower + 1 : lower
        let within = isWithin(before: lower, in: tokens)
        if let key = tokens.key(lead), let step = Self.steps[key] {
            direction = step
        } else if within {
            direction = 1
        } else if tokens.isWord(end, Self.hence) {
            direction = 1
            end += 1
        } else if tokens.isWord(end, Self.in), tokens.isWord(end + 1, Self.the), tokens.isWord(end + 2, Self.future) {
            direction = 1
            end += 3
        }
        guard direction != 0 else { return nil }
        if let now, match.value.contains("T") {
            guard let other = now.shifted(by: match.value, direction: direction) else { return nil }
            let (first, last) = direction > 0 ? (now, other) : (other, now)
            return TimeMatch(
                tokens: lower..<end, type: .time,
                value: TimexRange(start: first.value, end: last.value, duration: match.value).description,
                days: DayInterval(first: first.day, last: last.day))
        }
        guard let anchor, let parts = DurationShiftRule.parts(of: length) else { return nil }
        let start = within ? anchor : anchor.adding(days: 1)
        let first = direction > 0 ? start : DurationShiftRule.shift(anchor, by: parts, direction: -1)
        let last = direction > 0 ? DurationShiftRule.shift(first, by: parts, direction: 1) : anchor
        return TimeMatch(
            tokens: lower..<end, type: .date,
            value: TimexRange(start: first.description, end: last.description, duration: length).description,
            days: DayInterval(first: first, last: last))
    }

    /// Whether "within" stands before token `lower`, alone or with "the" and "next", "upcoming",
    /// "coming" or "following" after it ("within the next 3 years").
    private func isWithin(before lower: Int, in tokens: KeyedTokens) -> Bool {
        var at = tokens.isWord(lower, Self.the) || tokens.isWord(lower, in: Self.forward) ? lower : lower - 1
        while at > lower - 3, tokens.isWord(at, Self.the) || tokens.isWord(at, in: Self.forward) { at -= 1 }
        return tokens.isWord(at, Self.within)
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
    private static let ago = WordKey.word("ago")
    private static let now = WordKey.word("now")
    private static let sides: [WordKey: Int] = WordKey.table(["from": 1, "after": 1, "before": -1])
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
