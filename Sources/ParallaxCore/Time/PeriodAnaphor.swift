/// A time expression that refers back to a period the article already named, as business news
/// does: "the quarter", "the latest period" (the reporting quarter), "a year earlier", "the
/// year-ago quarter" (the same period one year before), "a year ago".
///
/// The recognizer resolves it against `TimeDiscourse`, the dates named so far: the latest quarter
/// named (`2025-Q3`) is the reporting period; "earlier" without a quarter shifts the latest date
/// named; the rule's own value (from the document date) is the fallback.
struct PeriodAnaphor: Sendable, Hashable {
    /// What the expression is counted from.
    enum Base: Sendable, Hashable {
        /// The reporting period itself, shifted back `yearsBack` years ("the quarter", "the year-ago quarter").
        case reportingPeriod
        /// The latest date named, shifted back ("a year earlier", "year-earlier").
        case earlier
        /// The document date, shifted back, with the reporting period's granularity ("a year ago").
        case ago
    }

    /// What the expression is counted from.
    var base: Base
    /// Years back from the base.
    var yearsBack: Int
    /// A written year that replaces the base's year ("the 1988 quarter").
    var year: Int?

    /// The expression resolved against the dates named before it; `match` is returned unchanged
    /// when the discourse gives nothing to resolve against.
    func resolve(_ match: TimeMatch, in discourse: TimeDiscourse) -> TimeMatch {
        var resolved = match
        if let quarter = discourse.quarter {
            let year = self.year ?? (quarter.year - yearsBack)
            let value = TimexFormat.quarter(year: year, quarter: quarter.quarter)
            resolved.value = value.value
            resolved.days = value.days
            resolved.resolved = true
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
}
