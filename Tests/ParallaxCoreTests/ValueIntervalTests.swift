import Testing
@testable import ParallaxCore

@Suite struct ValueIntervalTests {
    @Test func hedgedAndExactDurationsOverlap() {
        let about = ValueInterval(low: 4860, high: 5940)
        #expect(about.relation(to: ValueInterval(exactly: 5700)) == .overlapping)
        #expect(about.relation(to: ValueInterval(exactly: 7200)) == .disjoint)
    }

    @Test func equalPointsAreEqual() {
        #expect(ValueInterval(exactly: 3).relation(to: ValueInterval(exactly: 3)) == .equal)
    }

    @Test func openBoundsExcludeTheirEndpoint() {
        let moreThan64 = ValueInterval(low: 64, high: .infinity, lowOpen: true)
        #expect(moreThan64.relation(to: ValueInterval(exactly: 64)) == .disjoint)
        #expect(moreThan64.relation(to: ValueInterval(exactly: 70)) == .overlapping)
        let atLeast64 = ValueInterval(low: 64, high: .infinity)
        #expect(atLeast64.relation(to: ValueInterval(exactly: 64)) == .overlapping)
    }

    @Test func reversedBoundsAreSwapped() {
        let interval = ValueInterval(low: 20, high: 10)
        #expect(interval.low == 10 && interval.high == 20)
    }

    @Test func dayIntervalsCompareByDays() throws {
        let friday = DayInterval(day: try #require(CalendarDate(iso: "2025-01-17")))
        let week = DayInterval(first: try #require(CalendarDate(iso: "2025-01-13")), last: try #require(CalendarDate(iso: "2025-01-19")))
        #expect(friday.relation(to: week) == .overlapping)
        #expect(week.dayCount == 7)
        #expect(friday.relation(to: DayInterval(day: try #require(CalendarDate(iso: "2025-01-18")))) == .disjoint)
    }
}
