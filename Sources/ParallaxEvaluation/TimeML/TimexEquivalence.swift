import ParallaxCore

/// Decides whether a Parallax TIMEX3 value says the same as a Recognizers-Text TIMEX.
///
/// Recognizers-Text and TimeML spell some values differently; these rules absorb only such
/// spelling differences, and anything they do not cover is a mismatch (nothing is accepted by
/// default). The spec value is `spec.timex` with its resolutions (`FutureResolution`,
/// `PastResolution`, or a model alternative's `value`/`start`/`end`, range ends exclusive).
///
/// 1. **Identical strings** match (`PT1H35M`, `2016-W45`, `PRESENT_REF`, `XXXX-WXX-1`); a time
///    zone's value is its `TimeZoneResolution` offset (`UTC+08:00`, `UTC+XX:XX` when unknown) and
///    matches only this way.
/// 2. **Clock spelling**: a time part compares by value, so `T08`, `T08:00` and `T08:00:00` are
///    one time; part-of-day codes (`TMO`, `TNI`) compare as written.
/// 3. **Anchored clock times**: a spec time without a date (`T15`, `TMO`, which Recognizers-Text
///    gives for "3pm", "morning") matches ours anchored to the reference date, as TimeML anchors
///    times to the document date (`2016-11-07T15:00`, `2016-11-07TMO`).
/// 4. **Same days**: calendar values compare by the days they cover (see `TimexCalendarValue`), and a
///    Recognizers-Text period `(start,end,Pn)` with whole-day bounds covers `start` up to the day
///    before `end`: `(2016-11-01,2016-12-01,P1M)` ≡ `2016-11`, `(1990-01-01,2000-01-01,P10Y)` ≡ `199`.
///    Time parts must still be equal (rule 2); periods with clock bounds only match identically.
/// 5. **Resolved placeholders**: when the spec's date part has `X` (`XXXX-WXX-1` for a bare
///    "Monday", `XXXX-10-02`, `(XXXX-11-04,XXXX-11-22,P18D)`) or is a Recognizers-Text form that
///    TimeML lacks (`2016-11-W02`, `XXXX-11-WXX-1-#2`), ours matches when it covers the same days as
///    the spec's future or its past resolution (for a value with a time part, the resolution's day);
///    the time parts must still agree (rule 2).
/// 6. **Same duration**: durations compare by length (see `TimexDurationLength`): `PT1.5H` ≡
///    `PT1H30M` ≡ `PT90M`, `P10Y` ≡ `P1DE`, `P1W` ≡ `P7D`; `P1M` is not `P30D`.
/// 7. **Same range**: a range of ours (`TimexRange`, `(2016-11-07T17:00,2016-11-07T18:00,PT1H)`)
///    matches a spec range (`(T17,T18,PT1H)`) when its start and its end each match the spec's by
///    these rules (an `X` in a spec end resolving through that end of the spec's resolutions), and
///    the lengths are the same (rule 6).
public enum TimexEquivalence {
    /// Whether Parallax's `ours` says the same as the spec value, given the case's reference date.
    public static func accepts(_ ours: String, as spec: DateTimeSpecValue, referenceDate: CalendarDate) -> Bool {
        let theirs = spec.timex
        if ours == theirs { return true }  // Rule 1.
        if let mine = TimexDurationLength(ours), let expected = TimexDurationLength(theirs) {
            return mine.isSameLength(as: expected)  // Rule 6.
        }
        if let mine = TimexRange(ours) {
            guard let expected = TimexRange(theirs) else { return false }
            return sameRange(mine, expected, resolutions: spec.resolutions, referenceDate: referenceDate)  // Rule 7.
        }
        if theirs.hasPrefix("(") {
            guard !ours.contains("T"), let mine = TimexCalendarValue.days(ours) else { return false }
            return periodDays(theirs, resolutions: spec.resolutions).contains(mine)
        }
        let mine = split(ours)
        let expected = split(theirs)
        guard sameClock(mine.time, expected.time) else { return false }  // Rule 2.
        if mine.date == expected.date { return true }
        if expected.date.isEmpty {  // Rule 3.
            return expected.time != nil && mine.date == referenceDate.description
        }
        guard let myDays = TimexCalendarValue.days(mine.date) else { return false }
        if !expected.date.contains("X"), let days = TimexCalendarValue.days(expected.date) {
            return days == myDays  // Rule 4.
        }
        return resolutionDays(spec.resolutions, dayOnly: expected.time != nil).contains(myDays)  // Rule 5.
    }

    /// Whether two ranges have matching ends and lengths.
    private static func sameRange(
        _ mine: TimexRange, _ expected: TimexRange, resolutions: [DateTimeSpecResolution], referenceDate: CalendarDate
    ) -> Bool {
        let starts = resolutions.compactMap { $0.start.map { DateTimeSpecResolution(value: String($0.prefix(10))) } }
        let ends = resolutions.compactMap { $0.end.map { DateTimeSpecResolution(value: String($0.prefix(10))) } }
        guard accepts(mine.start, as: DateTimeSpecValue(timex: expected.start, resolutions: starts), referenceDate: referenceDate),
            accepts(mine.end, as: DateTimeSpecValue(timex: expected.end, resolutions: ends), referenceDate: referenceDate)
        else { return false }
        guard let length = TimexDurationLength(mine.duration), let theirs = TimexDurationLength(expected.duration) else {
            return mine.duration == expected.duration
        }
        return length.isSameLength(as: theirs)
    }

    /// The days a Recognizers-Text period covers: from its own bounds when they are dates, else
    /// from its resolutions.
    private static func periodDays(_ timex: String, resolutions: [DateTimeSpecResolution]) -> [DayInterval] {
        let inner = timex.dropFirst().prefix { $0 != ")" }
        let bounds = inner.split(separator: ",", omittingEmptySubsequences: false)
        guard bounds.count == 3 else { return [] }
        if bounds[0].contains("T") || bounds[1].contains("T") { return [] }  // Clock bounds: rule 1 only.
        if bounds[0].count == 10, bounds[1].count == 10, let first = CalendarDate(iso: bounds[0]),
            let after = CalendarDate(iso: bounds[1])
        {
            return after > first ? [DayInterval(first: first, last: after.adding(days: -1))] : []
        }
        return resolutionDays(resolutions, dayOnly: false)
    }

    /// The days the resolutions cover; with `dayOnly`, the day each names or starts on.
    private static func resolutionDays(_ resolutions: [DateTimeSpecResolution], dayOnly: Bool) -> [DayInterval] {
        resolutions.compactMap { resolution in
            dayOnly ? resolution.firstDay.map(DayInterval.init(day:)) : resolution.days
        }
    }

    /// `2016-11-07T08:00` → (`2016-11-07`, `08:00`); values that are not dates or times have no time part.
    private static func split(_ timex: String) -> (date: String, time: String?) {
        guard let t = timex.firstIndex(of: "T") else { return (timex, nil) }
        let date = timex[..<t]
        guard date.isEmpty || date.first == "X" || date.first?.isNumber == true else { return (timex, nil) }
        return (String(date), String(timex[timex.index(after: t)...]))
    }

    /// Whether two time parts are one time: equal strings, or equal clock readings.
    private static func sameClock(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if a == b { return true }
        guard let x = secondsOfDay(a), let y = secondsOfDay(b) else { return false }
        return x == y
    }

    /// `08` → 28 800, `08:30` → 30 600, `08:30:15` → 30 615; nil for anything else.
    private static func secondsOfDay(_ time: String) -> Int? {
        let fields = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count) else { return nil }
        var seconds = 0
        for (index, field) in fields.enumerated() {
            guard field.count == 2, field.unicodeScalars.allSatisfy({ (48...57).contains($0.value) }),
                let number = Int(field)
            else { return nil }
            seconds += number * [3_600, 60, 1][index]
        }
        return seconds
    }
}
