import ParallaxCore

/// One resolution of a Recognizers-Text DateTime result: a single value or a start–end range.
///
/// Parser specs give a `FutureResolution` and a `PastResolution` (`{"date": "2016-11-15"}`,
/// `{"startDate": "2016-11-01", "endDate": "2016-12-01"}`, `{"dateTime": "2016-11-07 08:00:00"}`);
/// model specs give one resolution per alternative (`{"value": …}` or `{"start": …, "end": …}`).
/// Both are folded into `value` or `start`/`end`. Range ends are exclusive, as in Recognizers-Text.
public struct DateTimeSpecResolution: Sendable, Hashable {
    /// The single resolved value (`date`, `time`, `dateTime`, `duration`, `set` or `value`).
    public var value: String?
    /// The start of a resolved range (`startDate`, `startTime`, `startDateTime` or `start`).
    public var start: String?
    /// The exclusive end of a resolved range (`endDate`, `endTime`, `endDateTime` or `end`).
    public var end: String?

    /// Creates a resolution.
    public init(value: String? = nil, start: String? = nil, end: String? = nil) {
        self.value = value
        self.start = start
        self.end = end
    }

    /// Reads a resolution object; fields that are not strings are ignored.
    init(json: [String: Any]) {
        var resolution = DateTimeSpecResolution()
        for (key, raw) in json {
            guard let string = raw as? String else { continue }
            switch key.lowercased() {
            case "date", "time", "datetime", "duration", "set", "value": resolution.value = string
            case "startdate", "starttime", "startdatetime", "start": resolution.start = string
            case "enddate", "endtime", "enddatetime", "end": resolution.end = string
            default: continue
            }
        }
        self = resolution
    }

    /// The day the resolution names or starts on (`2016-11-07`, `2016-11-07 08:00:00`).
    var firstDay: CalendarDate? {
        guard let text = value ?? start else { return nil }
        return CalendarDate(iso: text)
    }

    /// The days the resolution covers when it is a date or a range of whole days (end exclusive).
    var days: DayInterval? {
        if let value {
            guard value.count == 10, let day = CalendarDate(iso: value) else { return nil }
            return DayInterval(day: day)
        }
        guard let start, let end, start.count == 10, end.count == 10,
            let first = CalendarDate(iso: start), let after = CalendarDate(iso: end), after > first
        else { return nil }
        return DayInterval(first: first, last: after.adding(days: -1))
    }
}
