/// Writes TIMEX3 values and the days they cover: `2025-01-21`, `2025-W03`, `2025-01`, `2025`,
/// `199` (a decade), `PT1H35M`, `PXDE`.
package enum TimexFormat {
    /// A day.
    package static func day(_ date: CalendarDate) -> (value: String, days: DayInterval) {
        (date.description, DayInterval(day: date))
    }

    /// The ISO week holding `date`, Monday to Sunday.
    package static func week(of date: CalendarDate) -> (value: String, days: DayInterval) {
        let week = date.isoWeek
        let monday = date.adding(days: 1 - date.weekday)
        return (
            "\(CalendarDate.pad(week.year, 4))-W\(CalendarDate.pad(week.week, 2))",
            DayInterval(first: monday, last: monday.adding(days: 6))
        )
    }

    /// The weekend (Saturday and Sunday) of the ISO week holding `date`.
    package static func weekend(of date: CalendarDate) -> (value: String, days: DayInterval) {
        let week = week(of: date)
        return (week.value + "-WE", DayInterval(first: week.days.last.adding(days: -1), last: week.days.last))
    }

    /// A month; `month` outside 1–12 rolls into the neighbouring years.
    package static func month(year: Int, month: Int) -> (value: String, days: DayInterval) {
        let index = year * 12 + (month - 1)
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        let first = CalendarDate(dayNumber: daysBefore(year: y, month: m))
        let last = first.adding(days: CalendarDate.daysIn(month: m, year: y) - 1)
        return ("\(CalendarDate.pad(y, 4))-\(CalendarDate.pad(m, 2))", DayInterval(first: first, last: last))
    }

    /// A quarter of a year (`2024-Q3`) and its three months.
    package static func quarter(year: Int, quarter: Int) -> (value: String, days: DayInterval) {
        let firstMonth = (quarter - 1) * 3 + 1
        let first = month(year: year, month: firstMonth).days.first
        let last = month(year: year, month: firstMonth + 2).days.last
        return ("\(CalendarDate.pad(year, 4))-Q\(quarter)", DayInterval(first: first, last: last))
    }

    /// A half of a year (`2024-H2`) and its six months.
    package static func half(year: Int, half: Int) -> (value: String, days: DayInterval) {
        let firstMonth = half == 1 ? 1 : 7
        let first = month(year: year, month: firstMonth).days.first
        let last = month(year: year, month: firstMonth + 5).days.last
        return ("\(CalendarDate.pad(year, 4))-H\(half)", DayInterval(first: first, last: last))
    }

    /// The `ordinal`th century as TimeML writes it, its two leading digits (`19` for the 20th),
    /// and its hundred years (1900–1999).
    package static func century(_ ordinal: Int) -> (value: String, days: DayInterval) {
        let startYear = (ordinal - 1) * 100
        let first = year(startYear).days.first
        let last = year(startYear + 99).days.last
        return (CalendarDate.pad(ordinal - 1, 2), DayInterval(first: first, last: last))
    }

    /// A year.
    package static func year(_ year: Int) -> (value: String, days: DayInterval) {
        let first = CalendarDate(dayNumber: daysBefore(year: year, month: 1))
        let last = CalendarDate(dayNumber: daysBefore(year: year + 1, month: 1) - 1)
        return (CalendarDate.pad(year, 4), DayInterval(first: first, last: last))
    }

    /// The decade starting in `startYear` (a multiple of ten): `199` for the 1990s.
    package static func decade(startingIn startYear: Int) -> (value: String, days: DayInterval) {
        let first = year(startYear).days.first
        let last = year(startYear + 9).days.last
        return (CalendarDate.pad(startYear / 10, 3), DayInterval(first: first, last: last))
    }

    /// The century starting in `startYear` (a multiple of a hundred): `13` for the 1300s.
    package static func century(startingIn startYear: Int) -> (value: String, days: DayInterval) {
        let first = year(startYear).days.first
        let last = year(startYear + 99).days.last
        return (CalendarDate.pad(startYear / 100, 2), DayInterval(first: first, last: last))
    }

    /// A time of day on a day written as a TIMEX3 date (`2025-01-22T15:00`).
    package static func time(on day: String, hour: Int, minute: Int) -> String {
        "\(day)T\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))"
    }

    /// A length of time from parts, largest unit first; a fraction of a unit with a whole
    /// subdivision is written in that subdivision (1.5 hours → `PT1H30M`). Decades and centuries
    /// of known amount are written in years ("two decades" → `P20Y`), the ISO 8601 form that
    /// TimeML annotation uses; only vague amounts keep `DE`/`CE` (`PXDE`).
    package static func duration(_ parts: [DurationReader.Part]) -> String {
        var whole: [DurationReader.Part] = []
        for var part in parts {
            if part.unit == .decade || part.unit == .century {
                part = DurationReader.Part(amount: part.amount * (part.unit == .decade ? 10 : 100), unit: .year)
            }
            let integral = part.amount.rounded(.down)
            let fraction = part.amount - integral
            if fraction > 1e-9, let sub = part.unit.subdivision, isWhole(fraction * sub.count) {
                if integral > 0 { whole.append(DurationReader.Part(amount: integral, unit: part.unit)) }
                whole.append(DurationReader.Part(amount: (fraction * sub.count).rounded(), unit: sub.unit))
            } else {
                whole.append(part)
            }
        }
        var value = "P"
        var inTime = false
        for part in merged(whole) {
            if part.unit.isClockUnit, !inTime {
                value += "T"
                inTime = true
            }
            value += number(part.amount) + part.unit.designator
        }
        return value
    }

    /// A length of time of unknown amount in `unit` (`PXDE`, `PTXH`).
    static func vagueDuration(_ unit: TimeUnit) -> String {
        unit.isClockUnit ? "PTX" + unit.designator : "PX" + unit.designator
    }

    /// A number without a trailing `.0`.
    static func number(_ value: Double) -> String {
        if isWhole(value), abs(value) < 1e15 { return String(Int(value.rounded())) }
        return String(value)
    }

    private static func isWhole(_ value: Double) -> Bool { abs(value - value.rounded()) < 1e-9 }

    /// Sums parts of the same unit, keeping the largest unit first.
    private static func merged(_ parts: [DurationReader.Part]) -> [DurationReader.Part] {
        var result: [DurationReader.Part] = []
        for part in parts.sorted(by: { $0.unit > $1.unit }) {
            if let last = result.last, last.unit == part.unit {
                result[result.count - 1].amount += part.amount
            } else {
                result.append(part)
            }
        }
        return result
    }

    /// Days from 1970-01-01 to the first day of a month.
    private static func daysBefore(year: Int, month: Int) -> Int {
        CalendarDate(year: year, month: month, day: 1)?.dayNumber ?? 0
    }
}
