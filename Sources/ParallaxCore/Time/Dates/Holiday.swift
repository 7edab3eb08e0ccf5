/// A public holiday that news names instead of a date, with the rule giving its day in a year.
enum Holiday: Sendable {
    /// The same day every year ("Christmas", 25 December).
    case fixed(month: Int, day: Int)
    /// The `nth` given weekday (ISO) of a month; `nth == -1` is the last ("Memorial Day").
    case floating(month: Int, weekday: Int, nth: Int)
    /// Days after Easter Sunday ("Good Friday" is -2).
    case easter(offset: Int)
    /// The Tuesday after the first Monday of November (US Election Day).
    case electionDay
    /// Days after US Thanksgiving, the fourth Thursday of November ("Black Friday" is 1).
    case thanksgiving(offset: Int)

    /// The holiday's day in `year`.
    func day(in year: Int) -> CalendarDate? {
        switch self {
        case .fixed(let month, let day):
            return CalendarDate(year: year, month: month, day: day)
        case .floating(let month, let weekday, let nth):
            if nth < 0 {
                guard let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
                else { return nil }
                return last.adding(days: -((last.weekday - weekday + 7) % 7))
            }
            guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
        case .easter(let offset):
            return Self.easterSunday(year).map { $0.adding(days: offset) }
        case .electionDay:
            return CalendarDate(year: year, month: 11, day: 2).map { $0.adding(days: (2 - $0.weekday + 7) % 7) }
        case .thanksgiving(let offset):
            return Holiday.floating(month: 11, weekday: 4, nth: 4).day(in: year).map { $0.adding(days: offset) }
        }
    }

    /// Western Easter Sunday (the anonymous Gregorian computus).
    private static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
