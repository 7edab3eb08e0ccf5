/// The dates an article has named so far, in reading order: what anaphoric expressions ("the
/// quarter", "a year earlier") refer back to.
struct TimeDiscourse: Sendable {
    /// How finely a named date is given.
    enum Granularity: Sendable {
        case day, month, year

        /// Whether a date given this finely also gives `unit` ("1998-10-23" gives its month and year).
        func isAtLeast(_ unit: Granularity) -> Bool {
            switch (self, unit) {
            case (.day, _), (.month, .month), (.month, .year), (.year, .year): true
            default: false
            }
        }
    }

    /// The latest quarter named explicitly ("the third quarter", "Q3 2024").
    var quarter: (year: Int, quarter: Int)?
    /// The latest day, month or year named, with its granularity.
    var date: (first: CalendarDate, granularity: Granularity)?

    /// Whether the current sentence reports a span of several quarters ("the nine months", "the
    /// first half"): "a year earlier" there is the year before, not the quarter before.
    var reportsYearToDate = false

    /// The document date: a quarter that ends after it is a forecast, not a reporting period.
    var documentDate: CalendarDate?

    /// Creates an empty discourse for a document dated `documentDate` (when known).
    init(documentDate: CalendarDate? = nil) {
        self.documentDate = documentDate
    }

    /// Takes note of an expression just recognized (anaphoric ones are not antecedents).
    mutating func note(_ match: TimeMatch) {
        if Self.yearToDateValues.contains(match.value) || match.value.hasSuffix("-H1") { reportsYearToDate = true }
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

    /// A new sentence begins: what the last one reported no longer holds.
    mutating func startSentence() {
        reportsYearToDate = false
    }

    /// Lengths that name a span of several quarters within a year ("nine months", "six months").
    private static let yearToDateValues: Set<String> = ["P9M", "P6M"]
}
