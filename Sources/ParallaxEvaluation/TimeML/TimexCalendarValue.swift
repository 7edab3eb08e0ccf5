import ParallaxCore

/// The days a calendar TIMEX3 value covers, for comparing two spellings of one period.
///
/// Read forms: `2016-11-07` (a day), `2016-11` (a month), `2016` (a year), `201` (a decade),
/// `20` (a century, 2000–2099 as in TimeML), `2016-W45` (an ISO week, Monday–Sunday),
/// `2016-W45-WE` (its weekend, Saturday–Sunday), `2016-Q1` (a quarter), `2016-H1` (a half year).
/// Anything else — seasons, placeholders with `X`, reference words — covers no known days.
enum TimexCalendarValue {
    /// The days `timex` covers, or nil when it is not one of the read forms.
    static func days(_ timex: some StringProtocol) -> DayInterval? {
        let parts = String(timex).split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, isDigits(head) else { return nil }
        switch (head.count, parts.count) {
        case (2, 1): return years(Int(head).map { $0 * 100 }, count: 100)
        case (3, 1): return years(Int(head).map { $0 * 10 }, count: 10)
        case (4, 1): return years(Int(head), count: 1)
        case (4, 2): return period(year: head, part: parts[1])
        case (4, 3):
            if parts[2] == "WE", let week = isoWeek(year: head, part: parts[1]) {
                return DayInterval(first: week.first.adding(days: 5), last: week.last)
            }
            guard parts[1].count == 2, parts[2].count == 2, let year = Int(head), let month = Int(parts[1]),
                let day = Int(parts[2]), let date = CalendarDate(year: year, month: month, day: day)
            else { return nil }
            return DayInterval(day: date)
        default: return nil
        }
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { (48...57).contains($0.value) }
    }

    private static func years(_ first: Int?, count: Int) -> DayInterval? {
        guard let first, let start = CalendarDate(year: first, month: 1, day: 1),
            let end = CalendarDate(year: first + count - 1, month: 12, day: 31)
        else { return nil }
        return DayInterval(first: start, last: end)
    }

    /// A month, week, quarter or half of `year`.
    private static func period(year: String, part: String) -> DayInterval? {
        if let week = isoWeek(year: year, part: part) { return week }
        guard let year = Int(year) else { return nil }
        let digits = part.dropFirst()
        let months: (first: Int, count: Int)?
        if part.count == 2, isDigits(part), let month = Int(part) {
            months = (month, 1)
        } else if part.first == "Q", digits.count == 1, let quarter = Int(digits), (1...4).contains(quarter) {
            months = ((quarter - 1) * 3 + 1, 3)
        } else if part.first == "H", digits.count == 1, let half = Int(digits), (1...2).contains(half) {
            months = ((half - 1) * 6 + 1, 6)
        } else {
            months = nil
        }
        guard let months, let first = CalendarDate(year: year, month: months.first, day: 1) else { return nil }
        let lastMonth = months.first + months.count - 1
        guard
            let last = CalendarDate(
                year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))
        else { return nil }
        return DayInterval(first: first, last: last)
    }

    /// ISO week `Www` of ISO week-year `year`.
    private static func isoWeek(year: String, part: String) -> DayInterval? {
        guard part.first == "W", part.count == 3, let week = Int(part.dropFirst()), (1...53).contains(week),
            let year = Int(year), let january4 = CalendarDate(year: year, month: 1, day: 4)
        else { return nil }
        let monday = january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
        guard monday.isoWeek.year == year else { return nil }  // Week 53 of a 52-week year.
        return DayInterval(first: monday, last: monday.adding(days: 6))
    }
}
