import Testing
@testable import ParallaxCore

@Suite struct CalendarDateTests {
    @Test func dayNumberRoundTrips() throws {
        let date = try #require(CalendarDate(year: 2025, month: 1, day: 22))
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
    }

    @Test func weekdayOfKnownDates() throws {
        #expect(try #require(CalendarDate(year: 2025, month: 1, day: 22)).weekday == 3)  // Wednesday
        #expect(try #require(CalendarDate(year: 2025, month: 1, day: 17)).weekday == 5)  // Friday
        #expect(try #require(CalendarDate(year: 2000, month: 2, day: 29)).weekday == 2)  // Tuesday
    }

    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CalendarDate(iso: "2025-1-22") == nil)
    }

    @Test func isoWeek() throws {
        let date = try #require(CalendarDate(year: 2025, month: 1, day: 17))
        #expect(date.isoWeek.year == 2025 && date.isoWeek.week == 3)
    }
}
