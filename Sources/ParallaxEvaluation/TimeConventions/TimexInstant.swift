import ParallaxCore

/// The day and clock reading of a TIMEX3 date or time value (`2016-11-07`, `2016-11-07T17:30`,
/// `T17`), as far as the value gives them.
struct TimexInstant: Sendable, Hashable {
    /// The calendar day, when the value names one.
    var day: CalendarDate?
    /// Minutes after midnight, when the value has a clock reading.
    var minutes: Int?
    /// The seconds past the minute, when the clock reading gives them (`T08:00:20`).
    var second: Int?
    /// The part-of-day code (`MO`, `AF`, `EV`, `NI`) when the time part is one.
    var dayPart: String?

    /// Reads `value`; fields it does not give stay nil.
    init(_ value: String) {
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = parts.first ?? ""
        day = date.count == 10 ? CalendarDate(iso: date) : nil
        guard parts.count == 2 else { return }
        let time = parts[1]
        if ["MO", "AF", "EV", "NI", "DT", "MI"].contains(String(time)) {
            dayPart = String(time)
            return
        }
        let fields = time.split(separator: ":")
        guard (1...3).contains(fields.count), let hour = Int(fields[0]) else { return }
        minutes = hour * 60 + (fields.count > 1 ? Int(fields[1]) ?? 0 : 0)
        if fields.count == 3 { second = Int(fields[2]) }
    }

    /// The date part of `value` (`2016-11-07` of `2016-11-07T17:00`), or the whole value when it has no time.
    static func datePart(_ value: String) -> Substring {
        value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }

    /// The time part of `value` (`17:00` of `2016-11-07T17:00`), nil when it has none.
    static func timePart(_ value: String) -> Substring? {
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? parts[1] : nil
    }

    /// `hh:mm` for minutes after midnight (wrapping past 24 hours), `hh:mm:ss` when `second` is given.
    static func clock(_ minutes: Int, second: Int? = nil) -> String {
        let wrapped = ((minutes % 1_440) + 1_440) % 1_440
        let hour = wrapped / 60
        let minute = wrapped % 60
        let reading = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        guard let second else { return reading }
        return reading + ":" + CalendarDate.pad(second, 2)
    }
}
