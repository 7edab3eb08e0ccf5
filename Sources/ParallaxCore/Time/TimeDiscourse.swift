/// The dates an article has named so far, in reading order: what anaphoric expressions ("the
/// quarter", "a year earlier") refer back to.
struct TimeDiscourse: Sendable {
    /// How finely a named date is given.
    enum Granularity: Sendable {
        case day, month, year
    }

    /// The latest quarter named explicitly ("the third quarter", "Q3 2024").
    var quarter: (year: Int, quarter: Int)?
    /// The latest day, month or year named, with its granularity.
    var date: (first: CalendarDate, granularity: Granularity)?

    /// Creates an empty discourse.
    init() {}

    /// Takes note of an expression just recognized (anaphoric ones are not antecedents).
    mutating func note(_ match: TimeMatch) {
        guard match.anaphor == nil, match.type == .date, let days = match.days else { return }
        let value = Array(match.value.utf8)
        if value.count == 7, value[4] == 0x2D, value[5] == 0x51, let quarter = Int(value: value[6...]),
            (1...4).contains(quarter)
        {
            self.quarter = (days.first.year, quarter)  // YYYY-Qn
            return
        }
        let allDigits = value.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        guard allDigits else { return }
        switch value.count {
        case 10: date = (days.first, .day)
        case 7: date = (days.first, .month)
        case 4: date = (days.first, .year)
        default: break
        }
    }
}
