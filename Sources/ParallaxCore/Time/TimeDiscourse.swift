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

    /// The document date: a quarter that ends after it is a forecast, not a reporting period.
    var documentDate: CalendarDate?

    /// Creates an empty discourse for a document dated `documentDate` (when known).
    init(documentDate: CalendarDate? = nil) {
        self.documentDate = documentDate
    }

    /// Takes note of an expression just recognized (anaphoric ones are not antecedents).
    mutating func note(_ match: TimeMatch) {
        guard match.anaphor == nil, match.type == .date, let days = match.days else { return }
        let value = Array(match.value.utf8)
        if value.count == 7, value[4] == 0x2D, value[5] == 0x51, let quarter = Int(value: value[6...]),
            (1...4).contains(quarter)
        {
            // YYYY-Qn; a quarter still running or to come ("fourth-quarter results will …") is no
            // reporting period for a later "the latest quarter".
            if let documentDate, days.last > documentDate { return }
            self.quarter = (days.first.year, quarter)
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
