import ParallaxCore

/// "this", "next" or "last" right before a day written without its year places it in the document
/// date's year, the next or the last ("this 5/12", "next 6th of April" → the 6th of April next
/// year), as Recognizers-Text reads it; the word joins the span.
struct QualifiedDayComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with qualified days placed in their years.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?) -> [TimeMatch] {
        guard let anchor else { return matches }
        return matches.map { match in
            let lead = match.tokens.lowerBound - 1
            guard match.type == .date, let shift = tokens.key(lead).flatMap({ Self.shifts[$0] }),
                let day = match.days?.first, match.days?.last == day,
                !match.tokens.contains(where: { WeekdayName.weekdayAnyCase(at: $0, in: tokens) != nil }),
                !match.tokens.contains(where: { Self.calendar.writtenYear(at: $0, in: tokens) != nil }),
                match.tokens.contains(where: { tokens.kind($0) == .number || tokens.kind($0) == .alphanumeric }),
                !match.tokens.contains(where: { TimeUnit.word(tokens.key($0)) != nil }),  // "this 5 years ago"
                let placed = CalendarDate(year: anchor.year + shift, month: day.month, day: day.day)
            else { return match }
            var joined = match
            let value = TimexFormat.day(placed)
            joined.tokens = lead..<match.tokens.upperBound
            joined.value = value.value
            joined.days = value.days
            return joined
        }
    }

    private static let calendar = CalendarNumberRules()
    private static let shifts: [WordKey: Int] = WordKey.table(["this": 0, "next": 1, "last": -1])
}
