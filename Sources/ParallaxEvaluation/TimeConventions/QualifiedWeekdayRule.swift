import ParallaxCore

/// A weekday placed by a qualifier the way Recognizers-Text places it: "last Wednesday" and
/// "previous Wednesday" are that day of the week before the document date's (TimeML news reading
/// takes the latest Wednesday before the document date), "following Friday" that day of the week
/// after, "this upcoming Friday" and "upcoming Friday" the first such day after the document date,
/// and "this past Wednesday" and "past Wednesday" the latest before it. A weekday with a bare day
/// number ("Monday 21") is the latest such day up to the document date.
///
/// Used only in `TimeConvention.recognizersText`.
struct QualifiedWeekdayRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let anchor, let key = tokens.key(index) else { return nil }
        if let numbered = numberedWeekday(at: index, in: tokens, anchor: anchor) { return numbered }
        var position = index + 1
        let placement: Placement
        if key == Self.this, let next = tokens.key(position), let qualified = Self.thisQualifiers[next] {
            placement = qualified
            position += 1
        } else if let qualified = Self.qualifiers[key] {
            placement = qualified
        } else {
            return nil
        }
        guard let weekday = WeekdayName.weekdayAnyCase(at: position, in: tokens) else { return nil }
        let monday = anchor.adding(days: 1 - anchor.weekday)
        let day: CalendarDate
        switch placement {
        case .lastWeek: day = monday.adding(days: weekday - 1 - 7)
        case .nextWeek: day = monday.adding(days: weekday - 1 + 7)
        case .upcoming: day = anchor.adding(days: (weekday - anchor.weekday + 6) % 7 + 1)
        case .past: day = anchor.adding(days: -((anchor.weekday - weekday + 6) % 7 + 1))
        }
        let value = TimexFormat.day(day)
        return TimeMatch(tokens: index..<position + 1, type: .date, value: value.value, days: value.days)
    }

    /// "Monday 21", "sunday 31": the latest day, up to the document date, that is that day of its
    /// month and that weekday. The number must end the phrase ("Monday 12-4" is a clock range).
    private func numberedWeekday(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate) -> TimeMatch? {
        guard let weekday = WeekdayName.weekdayAnyCase(at: index, in: tokens), tokens.kind(index + 1) == .number,
            tokens.bytes(index + 1).count <= 2, let day = Int(value: tokens.bytes(index + 1)), (1...31).contains(day)
        else { return nil }
        switch tokens.kind(index + 2) {
        case nil, .terminal: break
        case .punctuation where tokens.isPunctuation(index + 2, 0x2C): break
        default: return nil
        }
        for back in 0..<36 {
            let month = TimexFormat.month(year: anchor.year, month: anchor.month - back).days.first
            guard let date = CalendarDate(year: month.year, month: month.month, day: day), date <= anchor,
                date.weekday == weekday
            else { continue }
            let value = TimexFormat.day(date)
            return TimeMatch(tokens: index..<index + 2, type: .date, value: value.value, days: value.days)
        }
        return nil
    }

    /// Where a qualifier puts the weekday.
    private enum Placement {
        case lastWeek, nextWeek, upcoming, past
    }

    private static let this = WordKey.word("this")
    private static let qualifiers: [WordKey: Placement] = WordKey.table([
        "last": .lastWeek, "previous": .lastWeek, "following": .nextWeek, "upcoming": .upcoming, "past": .past,
    ])
    private static let thisQualifiers: [WordKey: Placement] = WordKey.table(["upcoming": .upcoming, "past": .past])
}
