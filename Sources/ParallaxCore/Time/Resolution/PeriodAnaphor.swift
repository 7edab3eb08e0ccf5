/// A time expression that refers back to a period the article already named, as business news
/// does: "the quarter", "the latest period" (the reporting quarter), "a year earlier", "the
/// year-ago quarter" (the same period one year before), "a year ago".
///
/// The recognizer resolves it against `TimeDiscourse`, the dates named so far: the latest quarter
/// named (`2025-Q3`) is the reporting period; "earlier" without a quarter shifts the latest date
/// named; the rule's own value (from the document date) is the fallback. In a sentence that
/// reports several quarters ("for the nine months, … a year earlier") the year before is meant.
package struct PeriodAnaphor: Sendable, Hashable {
    /// What the expression is counted from.
    enum Base: Sendable, Hashable {
        /// The reporting period itself, shifted back `yearsBack` years ("the quarter", "the year-ago quarter").
        case reportingPeriod
        /// The latest date named, shifted back ("a year earlier", "year-earlier").
        case earlier
        /// The document date, shifted back, with the reporting period's granularity ("a year ago").
        case ago
        /// The latest date named, as a year, month or day, shifted by `offset` of that unit,
        /// whatever quarter was named ("later that year", "the following month", "that same day").
        case namedYear, namedMonth, namedDay

        /// The unit a `named…` base takes from the latest date named; nil for the other bases.
        var namedUnit: TimeDiscourse.Granularity? {
            switch self {
            case .namedYear: .year
            case .namedMonth: .month
            case .namedDay: .day
            case .reportingPeriod, .earlier, .ago: nil
            }
        }
    }

    /// What the expression is counted from.
    var base: Base
    /// Years back from the base.
    var yearsBack: Int
    /// A written year that replaces the base's year ("the 1988 quarter").
    var year: Int?
    /// Units after the latest date named, for the `named…` bases ("the following month": 1).
    var offset = 0

    /// The expression resolved against the dates named before it; `match` is returned unchanged
    /// when the discourse gives nothing to resolve against.
    func resolve(_ match: TimeMatch, in discourse: TimeDiscourse) -> TimeMatch {
        if let unit = base.namedUnit { return narrative(match, unit: unit, in: discourse) }
        var resolved = match
        if let quarter = discourse.quarter {
            let year = self.year ?? (quarter.year - yearsBack)
            // "For the nine months, … compared with … a year earlier": the year before, not the quarter.
            let value =
                base != .reportingPeriod && discourse.reportsYearToDate
                ? TimexFormat.year(year) : TimexFormat.quarter(year: year, quarter: quarter.quarter)
            (resolved.value, resolved.days, resolved.resolved) = (value.value, value.days, true)
            return resolved
        }
        guard base == .earlier, let date = discourse.date else { return match }
        switch date.granularity {
        case .day:
            let day = date.first
            guard
                let shifted = CalendarDate(year: day.year - yearsBack, month: day.month, day: day.day)
                    ?? CalendarDate(year: day.year - yearsBack, month: day.month, day: day.day - 1)
            else { return match }
            let value = TimexFormat.day(shifted)
            (resolved.value, resolved.days) = (value.value, value.days)
        case .month:
            let value = TimexFormat.month(year: date.first.year - yearsBack, month: date.first.month)
            (resolved.value, resolved.days) = (value.value, value.days)
        case .year:
            let value = TimexFormat.year(date.first.year - yearsBack)
            (resolved.value, resolved.days) = (value.value, value.days)
        }
        resolved.resolved = true
        return resolved
    }

    /// The latest date named, taken at `unit` and shifted by `offset` units; a date named less
    /// finely than `unit` ("that day" after "in 1998") leaves `match` as it is.
    private func narrative(_ match: TimeMatch, unit: TimeDiscourse.Granularity, in discourse: TimeDiscourse) -> TimeMatch {
        guard let date = discourse.date, date.granularity.isAtLeast(unit) else { return match }
        let day = date.first
        let value: (value: String, days: DayInterval)
        switch unit {
        case .year: value = TimexFormat.year(day.year + offset)
        case .month: value = TimexFormat.month(year: day.year, month: day.month + offset)
        case .day: value = TimexFormat.day(day.adding(days: offset))
        }
        var resolved = match
        (resolved.value, resolved.days, resolved.resolved) = (value.value, value.days, true)
        return resolved
    }
}
