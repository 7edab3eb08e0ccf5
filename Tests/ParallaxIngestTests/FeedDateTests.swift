import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite("FeedDate")
struct FeedDateTests {
    let day = CalendarDate(year: 2025, month: 1, day: 21)!

    @Test("RFC 822 dates with numeric, named, unknown and odd zones")
    func rfc822() {
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 15:04:05 GMT") == FeedDate(date: day, secondsOfDay: 54245, utcOffsetMinutes: 0))
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 15:04:05 +0545")?.utcOffsetMinutes == 345)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 15:04 -0330")?.utcOffsetMinutes == -210)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 15:04:05 EDT")?.utcOffsetMinutes == -240)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 15:04:05 UT")?.utcOffsetMinutes == 0)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 15:04:05 +05:30")?.utcOffsetMinutes == 330)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 15:04:05 -0000") == FeedDate(date: day, secondsOfDay: 54245))
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 15:04:05 A") == FeedDate(date: day, secondsOfDay: 54245))
        #expect(FeedDate(rfc822: "21 January 2025 15:04:05 +0000 (UTC)")?.date == day)
        #expect(FeedDate(rfc822: "Tuesday, 21 Jan 25")?.date == day)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025") == FeedDate(date: day))
    }

    @Test("RFC 822 refusals: bad day, month, time, zone or weekday")
    func rfc822Refusals() {
        #expect(FeedDate(rfc822: "Tue, 30 Feb 2025 10:00:00 GMT") == nil)
        #expect(FeedDate(rfc822: "Tue, 21 Foo 2025 10:00:00 GMT") == nil)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 25:00:00 GMT") == nil)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 10:00:00 +2500") == nil)
        #expect(FeedDate(rfc822: "Tue, 21 Jan 2025 10:00:00 MOON") == nil)
        #expect(FeedDate(rfc822: "Someday, 21 Jan 2025") == nil)
        #expect(FeedDate(rfc822: "") == nil)
    }

    @Test("RFC 3339 timestamps with Z, fractions, odd offsets and bare dates; the UTC day")
    func rfc3339() {
        #expect(FeedDate(rfc3339: "2025-01-21T15:04:05Z") == FeedDate(date: day, secondsOfDay: 54245, utcOffsetMinutes: 0))
        #expect(FeedDate(rfc3339: "2025-01-21t15:04:05.123z")?.utcOffsetMinutes == 0)
        #expect(FeedDate(rfc3339: "2025-01-21T23:30:00+14:00")?.utcDate == day)
        #expect(FeedDate(rfc3339: "2025-01-21T23:30:00-09:30")?.utcDate == CalendarDate(year: 2025, month: 1, day: 22))
        #expect(FeedDate(rfc3339: "2025-01-21T00:10:00+05:45")?.utcDate == CalendarDate(year: 2025, month: 1, day: 20))
        #expect(FeedDate(rfc3339: "2025-01-21T10:00:00-00:00")?.utcOffsetMinutes == nil)
        #expect(FeedDate(rfc3339: "2025-01-21 10:00:00+0100")?.utcOffsetMinutes == 60)
        #expect(FeedDate(rfc3339: "2025-01-21") == FeedDate(date: day))
        #expect(FeedDate(rfc3339: "2025-13-21T10:00:00Z") == nil)
        #expect(FeedDate(rfc3339: "2025-01-21T10:00:00+24:00") == nil)
        #expect(FeedDate(rfc3339: "2025-01-21X10:00") == nil)
        #expect(FeedDate(feedText: " Tue, 21 Jan 2025 10:00:00 PST ")?.utcOffsetMinutes == -480)
    }
}
