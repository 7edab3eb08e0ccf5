import ParallaxCore

/// A calendar day and a clock time on it to the second: the moment a Recognizers-Text request is
/// made ("now"), and the moments lengths counted from it reach ("in 5 hours", "30 minutes ago").
struct TimexMoment: Sendable, Hashable {
    /// The day.
    var day: CalendarDate
    /// Seconds after midnight of `day` (0 up to 86 399 once normalized).
    var seconds: Int

    /// The moment `seconds` after midnight of `day`; seconds outside one day move the day.
    init(day: CalendarDate, seconds: Int) {
        let carry = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        self.day = day.adding(days: carry)
        self.seconds = seconds - carry * 86_400
    }

    /// The moment written as a TIMEX3 date and time to the second (`2016-11-07T21:12:00`).
    var value: String {
        let hour = seconds / 3_600
        let minute = seconds / 60 % 60
        let second = seconds % 60
        return day.description + "T" + CalendarDate.pad(hour, 2) + ":" + CalendarDate.pad(minute, 2) + ":"
            + CalendarDate.pad(second, 2)
    }

    /// The moment `length` (a TIMEX3 duration such as `P1DT5H` or `PT2.5H`) later, or earlier when
    /// `direction` is negative; years, months, weeks and days move the calendar date (a month on from
    /// January 31 is the last day of February), hours, minutes and seconds the clock. Nil when
    /// `length` is vague (`PTXH`) or not a duration.
    func shifted(by length: String, direction: Int) -> TimexMoment? {
        guard let parts = Self.parts(of: length) else { return nil }
        let date = DurationShiftRule.shift(
            day, by: (years: parts.years, months: parts.months, days: parts.days), direction: direction)
        return TimexMoment(day: date, seconds: seconds + direction * parts.seconds)
    }

    /// The calendar and clock parts of a TIMEX3 duration (`P1DT5H` → 1 day and 18 000 seconds); weeks
    /// count as 7 days and fractional clock units are converted (`PT2.5H` → 9 000 seconds).
    static func parts(of length: String) -> (years: Int, months: Int, days: Int, seconds: Int)? {
        guard length.hasPrefix("P"), length.count > 1 else { return nil }
        var years = 0
        var months = 0
        var days = 0
        var seconds = 0.0
        var clock = false
        var number = ""
        for character in length.dropFirst() {
            if character == "T" {
                guard !clock, number.isEmpty else { return nil }
                clock = true
            } else if character.isASCII, character.isNumber || character == "." {
                number.append(character)
            } else {
                guard let amount = Double(number) else { return nil }
                number = ""
                switch (clock, character) {
                case (false, "Y"), (false, "M"), (false, "W"), (false, "D"):
                    guard amount == amount.rounded() else { return nil }
                    let whole = Int(amount)
                    if character == "Y" { years += whole }
                    if character == "M" { months += whole }
                    if character == "W" { days += 7 * whole }
                    if character == "D" { days += whole }
                case (true, "H"): seconds += amount * 3_600
                case (true, "M"): seconds += amount * 60
                case (true, "S"): seconds += amount
                default: return nil
                }
            }
        }
        guard number.isEmpty else { return nil }
        return (years, months, days, Int(seconds.rounded()))
    }
}
