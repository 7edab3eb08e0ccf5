import ParallaxCore

/// A range between two TIMEX3 values, written `(start,end,duration)` as Recognizers-Text writes
/// ranges ("from 5 to 6 pm" is `(T17,T18,PT1H)`, "Oct. 2 to October 22" is
/// `(2016-10-02,2016-10-22,P20D)`). `end` is the last day or time named, and `duration` is the
/// distance from `start` to `end` when both are days or both clock times (empty otherwise).
public struct TimexRange: Sendable, Hashable, CustomStringConvertible {
    /// The value the range starts at.
    public var start: String
    /// The value the range ends at.
    public var end: String
    /// The length from `start` to `end` (`P20D`, `PT1H30M`), or empty when it is not known.
    public var duration: String

    /// A range from `start` to `end` with the length between them computed.
    /// A year (`2014`) or month (`2018-02`) end stands for its first day, and a range between two such
    /// ends is measured in years or months (`(2015-05-01,2018-01-01,P32M)`). Months without a year
    /// stay without one (`(XXXX-03-01,XXXX-05-01,P2M)`), or take the year of a dated end ("May to Oct 2020");
    /// ISO weeks run Monday to Monday (`(2018-07-30,2018-08-27,P4W)`).
    public init(start: String, end: String) {
        if let from = Self.yearlessMonth(start), let to = Self.yearlessMonth(end) {
            // Months without years ("from March to May"): `(XXXX-03-01,XXXX-05-01,P2M)`.
            self.start = "XXXX-\(CalendarDate.pad(from, 2))-01"
            self.end = "XXXX-\(CalendarDate.pad(to, 2))-01"
            self.duration = "P\((to - from + 11) % 12 + 1)M"
            return
        }
        if let from = Self.weekMonday(start), let to = Self.weekMonday(end), to > from {
            // ISO weeks ("from Week 31 to Week 35"): Monday to Monday, `(2018-07-30,2018-08-27,P4W)`.
            self.start = from.description
            self.end = to.description
            self.duration = "P\((to.dayNumber - from.dayNumber) / 7)W"
            return
        }
        var start = start
        if let from = Self.yearlessMonth(start), end.count == 7, let year = Int(end.prefix(4)), let to = Int(end.suffix(2)) {
            start = "\(CalendarDate.pad(from <= to ? year : year - 1, 4))-\(CalendarDate.pad(from, 2))"  // "May to Oct 2020"
        }
        let coarse = Self.firstDay(start) != nil && Self.firstDay(end) != nil
        self.start = Self.firstDay(start)?.description ?? start
        self.end = Self.firstDay(end)?.description ?? end
        if coarse, let a = CalendarDate(iso: self.start), let b = CalendarDate(iso: self.end), b > a {
            let months = (b.year - a.year) * 12 + b.month - a.month
            self.duration = start.count == 4 && end.count == 4 ? "P\(months / 12)Y" : "P\(months)M"
        } else {
            self.duration = Self.length(from: self.start, to: self.end) ?? ""
        }
    }

    /// The Monday of a `YYYY-Www` value.
    private static func weekMonday(_ value: String) -> CalendarDate? {
        guard value.count == 8, value.dropFirst(4).hasPrefix("-W"), let year = Int(value.prefix(4)),
            let week = Int(value.suffix(2)), let january4 = CalendarDate(year: year, month: 1, day: 4)
        else { return nil }
        return january4.adding(days: 1 - january4.weekday + 7 * (week - 1))
    }

    /// The month of an `XXXX-MM` value.
    private static func yearlessMonth(_ value: String) -> Int? {
        guard value.count == 7, value.hasPrefix("XXXX-"), let month = Int(value.suffix(2)), (1...12).contains(month) else {
            return nil
        }
        return month
    }

    /// The first day of a `YYYY`, `YYYY-MM` or `YYYY-Qn` value.
    private static func firstDay(_ value: String) -> CalendarDate? {
        guard let year = Int(value.prefix(4)), value.prefix(4).allSatisfy(\.isNumber) else { return nil }
        if value.count == 4 { return CalendarDate(year: year, month: 1, day: 1) }
        if value.count == 7, value.dropFirst(4).hasPrefix("-Q"), let quarter = Int(value.suffix(1)), (1...4).contains(quarter) {
            return CalendarDate(year: year, month: quarter * 3 - 2, day: 1)  // "2017-Q1"
        }
        guard value.count == 7, let month = Int(value.suffix(2)) else { return nil }
        return CalendarDate(year: year, month: month, day: 1)
    }

    /// A range from `start` to `end` whose length is `duration` as written ("next 3 weeks" is `P3W`).
    public init(start: String, end: String, duration: String) {
        self.start = start
        self.end = end
        self.duration = duration
    }

    /// Reads a `(start,end,duration)` value; nil for anything else.
    public init?(_ value: String) {
        guard value.hasPrefix("("), value.hasSuffix(")") else { return nil }
        let fields = value.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        start = String(fields[0])
        end = String(fields[1])
        duration = String(fields[2])
    }

    /// The range as `(start,end,duration)`.
    public var description: String { "(\(start),\(end),\(duration))" }

    /// Whole days between two dates, or hours and minutes between two clock readings on one day
    /// (a later day's reading counts from midnight of the first).
    static func length(from start: String, to end: String) -> String? {
        let a = TimexInstant(start)
        let b = TimexInstant(end)
        if let x = a.day, let y = b.day, a.minutes == nil, b.minutes == nil {
            return y > x ? "P\(y.dayNumber - x.dayNumber)D" : nil
        }
        guard var first = a.minutes, var last = b.minutes else { return nil }
        if let x = a.day, let y = b.day { last += (y.dayNumber - x.dayNumber) * 1_440 }
        if last <= first, a.day == nil || b.day == nil || a.day == b.day { last += 1_440 }
        first = max(first, 0)
        let total = last - first
        guard total > 0 else { return nil }
        let hours = total / 60
        let minutes = total % 60
        return "PT" + (hours > 0 ? "\(hours)H" : "") + (minutes > 0 ? "\(minutes)M" : "")
    }
}
