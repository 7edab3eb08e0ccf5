import ParallaxCore

/// Joins two ends into one range expression, as Recognizers-Text does: "[from|between] END
/// (to|till|until|through|-|and) END", where an end is a time expression or a bare number that takes
/// its hour or month from the other end ("from 5 to 6 pm", "1p.m. to 4", "November 19 to 20",
/// "between 3 and 12 of Sept"), or two bare days followed by their month ("from 4 to 22 this
/// month"). A day right after a clock range dates it ("from 9am to 11am tomorrow"); a day or week
/// right before a range joins it ("next week between Wednesday and Friday").
///
/// The value is a `TimexRange`: `(2016-11-04,2016-11-22,P18D)`, `(2016-11-07T17:00,2016-11-07T18:00,PT1H)`.
struct RangeComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// One end of a range: an expression (by index into the matches) or a bare number.
    private enum End {
        case atom(Int)
        case number(BareNumber)
    }

    /// `matches` with every range joined into one expression.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?) -> [TimeMatch] {
        var output: [TimeMatch] = []
        var next = 0
        var index = 0
        while index < tokens.count {
            if let (range, consumed) = range(at: index, matches: matches, from: next, in: tokens, anchor: anchor) {
                var range = range
                if let last = output.last, let joined = Self.leading(last, range, in: tokens) {
                    output.removeLast()
                    range = joined
                }
                output.append(range)
                next = consumed
                index = range.tokens.upperBound
                continue
            }
            if next < matches.count, matches[next].tokens.lowerBound <= index {
                output.append(matches[next])
                index = max(index + 1, matches[next].tokens.upperBound)
                next += 1
                continue
            }
            index += 1
        }
        output.append(contentsOf: matches[min(next, matches.count)...])
        return output
    }

    /// The range starting at token `index`, and the index of the first match after it.
    private func range(at index: Int, matches: [TimeMatch], from next: Int, in tokens: KeyedTokens, anchor: CalendarDate?)
        -> (TimeMatch, Int)?
    {
        let opener = tokens.key(index).flatMap { Self.openers[$0] }
        let first = opener == nil ? index : index + 1
        guard let left = end(at: first, matches: matches, from: next, in: tokens) else { return nil }
        let leftEnd = upperBound(of: left, matches)
        guard let connector = tokens.key(leftEnd),
            Self.connectors.contains(connector) || (opener == true && connector == Self.and)
        else { return nil }
        guard let right = end(at: leftEnd + 1, matches: matches, from: next, in: tokens) else { return nil }
        var upper = upperBound(of: right, matches)
        var consumed = next
        for case .atom(let k) in [left, right] { consumed = max(consumed, k + 1) }
        var start: String
        var finish: String
        var type = TimexType.date
        switch (left, right) {
        case (.atom(let a), .atom(let b)):
            guard let values = Self.pair(matches[a], matches[b], in: tokens) else { return nil }
            (start, finish, type) = values
        case (.number(let n), .atom(let b)):
            guard let values = Self.withNumber(n, other: matches[b], numberFirst: true) else { return nil }
            (start, finish, type) = values
        case (.atom(let a), .number(let n)):
            guard let values = Self.withNumber(n, other: matches[a], numberFirst: false) else { return nil }
            (start, finish, type) = values
        case (.number(let m), .number(let n)):
            var context = upper
            if tokens.isWord(context, in: Self.monthLinks) || tokens.isWord(context, in: Self.dayLinks) { context += 1 }
            if let day = next > 0 ? matches[next - 1] : nil, day.tokens.upperBound == index,
                consumed >= matches.count || matches[consumed].tokens.lowerBound != context,
                let hours = Self.hours(m.value, n.value, onDay: day, linked: true)
            {
                (start, finish, type) = (hours.0, hours.1, .time)  // "monday 8 to 9": dated by the day before.
                break
            }
            guard consumed < matches.count, matches[consumed].tokens.lowerBound == context else { return nil }
            let following = matches[consumed]
            if let month = Self.month(of: following.value), m.value <= n.value,
                let a = CalendarDate(year: month.year, month: month.month, day: m.value),
                let b = CalendarDate(year: month.year, month: month.month, day: n.value)
            {
                (start, finish) = (a.description, b.description)
            } else if let hours = Self.hours(
                m.value, n.value, onDay: following, linked: context > upper || Self.isOneDay(following))
            {
                (start, finish, type) = (hours.0, hours.1, .time)  // "between 3 and 5 on 1/1/2015".
            } else {
                return nil
            }
            upper = following.tokens.upperBound
            consumed += 1
        }
        if type == .time, consumed < matches.count, DayTimeComposition.isDay(matches[consumed]),
            RecognizersTextComposer.gap(upper..<matches[consumed].tokens.lowerBound, in: tokens, onlyFrom: Self.dayLinks),
            matches[consumed].tokens.lowerBound - upper <= 1
        {
            let day = TimexInstant.datePart(matches[consumed].value)
            start = Self.redate(start, on: day)
            finish = Self.redate(finish, on: day)
            upper = matches[consumed].tokens.upperBound
            consumed += 1
        }
        if type == .time, let anchor, TimexInstant.datePart(start) == anchor.description,
            TimexInstant(finish).day != nil, TimexInstant.datePart(finish) != anchor.description
        {
            start = Self.redate(start, on: TimexInstant.datePart(finish))  // "3pm to 4pm tomorrow"
        }
        if type == .date, let anchor {  // "between now and November 15th": now is the document date.
            if start == Self.presentRef { start = anchor.description }
            if finish == Self.presentRef { finish = anchor.description }
        }
        var days: DayInterval?
        if let a = CalendarDate(iso: start), let b = CalendarDate(iso: finish), b >= a { days = DayInterval(first: a, last: b) }
        let match = TimeMatch(
            tokens: index..<upper, type: type, value: TimexRange(start: start, end: finish).description, days: days)
        return (match, consumed)
    }

    /// The end at token `index`: the next match when it starts there, else a bare number that no match covers.
    private func end(at index: Int, matches: [TimeMatch], from next: Int, in tokens: KeyedTokens) -> End? {
        var k = next
        while k < matches.count, matches[k].tokens.lowerBound < index { k += 1 }
        if k < matches.count, matches[k].tokens.lowerBound == index {
            let type = matches[k].type
            return type == .date || type == .time ? .atom(k) : nil
        }
        guard let number = BareNumber.day(at: index, in: tokens) ?? BareNumber.read(at: index, in: tokens) else {
            return nil
        }
        if k < matches.count, matches[k].tokens.lowerBound < number.tokens.upperBound { return nil }
        return .number(number)
    }

    private func upperBound(of end: End, _ matches: [TimeMatch]) -> Int {
        switch end {
        case .atom(let k): matches[k].tokens.upperBound
        case .number(let number): number.tokens.upperBound
        }
    }

    private static let presentRef = "PRESENT_REF"

    /// The values of a range between two expressions: two clock times or two dates. A clock time
    /// written without a meridiem ("1:30", "3") beside one with it takes the half of the day that
    /// makes the range shortest: "from 1:30 to 3pm" starts at 13:30, "from 11 to 3am" at 23:00, and
    /// "from 1:30 pm to 3:30" ends at 15:30.
    private static func pair(_ a: TimeMatch, _ b: TimeMatch, in tokens: KeyedTokens) -> (String, String, TimexType)? {
        if DayTimeComposition.isClock(a), DayTimeComposition.isClock(b),
            let x = TimexInstant(a.value).minutes, let y = TimexInstant(b.value).minutes
        {
            let aBare = isBareClock(a, minutes: x, in: tokens)
            let bBare = isBareClock(b, minutes: y, in: tokens)
            if aBare, !bBare {
                let start = [x % 720, x % 720 + 720].min { forward($0, y) < forward($1, y) } ?? x
                return (reclock(a.value, start), b.value, .time)
            }
            if bBare, !aBare {
                let end = [y % 720, y % 720 + 720].min { forward(x, $0) < forward(x, $1) } ?? y
                return (a.value, reclock(b.value, end), .time)
            }
            return (a.value, b.value, .time)
        }
        guard a.type == .date, b.type == .date, !a.value.hasPrefix("("), !b.value.hasPrefix("(") else { return nil }
        return (a.value, b.value, .date)
    }

    /// Minutes from `start` forward to `end` on the clock (a full day when they are equal).
    private static func forward(_ start: Int, _ end: Int) -> Int {
        let distance = ((end - start) % 1_440 + 1_440) % 1_440
        return distance == 0 ? 1_440 : distance
    }

    /// Whether a clock time is written with digits or number words only ("1:30", "3", "ten
    /// o'clock"), an hour from 1 to 12 without a leading zero: either half of the day.
    private static func isBareClock(_ match: TimeMatch, minutes: Int, in tokens: KeyedTokens) -> Bool {
        guard (60..<780).contains(minutes), tokens.firstByte(match.tokens.lowerBound) != 0x30 else { return false }
        return match.tokens.allSatisfy { index in
            tokens.kind(index) == .number || tokens.isPunctuation(index, 0x3A) || tokens.isWord(index, in: ClockPhraseRule.oclock)
                || tokens.key(index).map { NumberWordParser.units[$0] != nil || NumberWordParser.tens[$0] != nil } == true
        }
    }

    /// `value` with its clock reading set to `minutes` after midnight (seconds kept).
    private static func reclock(_ value: String, _ minutes: Int) -> String {
        let instant = TimexInstant(value)
        return TimexInstant.datePart(value) + "T" + TimexInstant.clock(minutes, second: instant.second)
    }

    /// The values of a range between a bare number and an expression: an hour beside a clock time,
    /// a day beside a date.
    private static func withNumber(_ number: BareNumber, other: TimeMatch, numberFirst: Bool)
        -> (String, String, TimexType)?
    {
        let instant = TimexInstant(other.value)
        var value: String
        var type = TimexType.date
        if let minutes = instant.minutes, other.type == .time {
            guard number.value <= 24 else { return nil }
            var hour = number.value
            let otherHour = minutes / 60
            if numberFirst, (1...12).contains(hour) {
                // "from 11 to 3am": the start is the reading of the hour nearest before the end.
                hour = [hour % 12, hour % 12 + 12].min { forward($0 * 60, minutes) < forward($1 * 60, minutes) } ?? hour
            } else if hour < 12, otherHour >= 12 {
                if hour + 12 > otherHour { hour += 12 }
            } else if hour < 12, !numberFirst, hour * 60 <= minutes {
                hour += 12  // "from 10:30 to 3": a range runs forward, so 3 is after noon.
            }
            value = redate("T" + TimexInstant.clock(hour * 60), on: TimexInstant.datePart(other.value))
            type = .time
        } else if let day = instant.day, other.type == .date {
            guard let date = CalendarDate(year: day.year, month: day.month, day: number.value) else { return nil }
            value = date.description
        } else if let month = month(of: other.value), other.type == .date, !numberFirst {
            guard let date = CalendarDate(year: month.year, month: month.month, day: number.value) else { return nil }
            value = date.description
            return (other.value, value, type)
        } else {
            return nil
        }
        return numberFirst ? (value, other.value, type) : (other.value, value, type)
    }

    /// Two bare hours linked by "on" or "of" to the day after them, as a clock range on that day
    /// (the end after noon when it would otherwise come first); nil when `day` is not one day.
    private static func hours(_ first: Int, _ last: Int, onDay day: TimeMatch, linked: Bool) -> (String, String)? {
        guard linked, day.type == .date, TimexInstant(day.value).day != nil || day.value.hasPrefix("XXXX-"),
            day.value.count == 10, (0...23).contains(first), (0...23).contains(last)
        else { return nil }
        let end = last < first && last < 12 ? last + 12 : last
        guard end > first else { return nil }
        return (day.value + "T" + TimexInstant.clock(first * 60), day.value + "T" + TimexInstant.clock(end * 60))
    }

    /// Whether `match` names one day by a deictic or weekday word ("today", "next sunday"), which dates
    /// two bare hours before it without a linking word ("five to seven today").
    private static func isOneDay(_ match: TimeMatch) -> Bool {
        match.type == .date && match.value.count == 10 && TimexInstant(match.value).day != nil
            && !match.value.hasPrefix("(")
    }

    /// `value`'s clock reading put on `day` (a bare `T17:00` or one on another day).
    private static func redate(_ value: String, on day: Substring) -> String {
        guard let time = TimexInstant.timePart(value) else { return value }
        return day.isEmpty ? "T" + time : day + "T" + time
    }

    /// Year and month of a `YYYY-MM` value.
    private static func month(of value: String) -> (year: Int, month: Int)? {
        guard value.count == 7, let year = Int(value.prefix(4)), let month = Int(value.suffix(2)) else { return nil }
        return (year, month)
    }

    /// A day or week right before a range, joined with it; a day also dates a clock range, and so
    /// does a part of a day, which the clock range narrows ("Friday afternoon between 1 and 4 pm").
    private static func leading(_ previous: TimeMatch, _ range: TimeMatch, in tokens: KeyedTokens) -> TimeMatch? {
        let partOfDay = previous.type == .time && DayTimeComposition.isDay(previous)  // "Friday afternoon".
        guard previous.tokens.upperBound == range.tokens.lowerBound, previous.type == .date || partOfDay,
            !previous.value.hasPrefix("("), let parsed = TimexRange(range.value)
        else { return nil }
        var joined = range
        joined.tokens = previous.tokens.lowerBound..<range.tokens.upperBound
        if range.type == .time || partOfDay {
            guard DayTimeComposition.isDay(previous), range.type == .time else { return nil }
            let day = TimexInstant.datePart(previous.value)
            joined.value = TimexRange(start: redate(parsed.start, on: day), end: redate(parsed.end, on: day)).description
        }
        return joined
    }

    /// Words that open a range; true where "and" may join the ends ("between … and …").
    private static let openers: [WordKey: Bool] = WordKey.table(["from": false, "between": true])
    private static let connectors = WordKey.set(["to", "till", "til", "until", "through", "thru", "-", "–"])
    private static let and = WordKey.word("and")
    private static let monthLinks = WordKey.set(["of", "in"])
    private static let dayLinks = WordKey.set(["on", "of"])
}
