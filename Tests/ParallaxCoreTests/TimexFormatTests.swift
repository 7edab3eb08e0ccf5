import Testing

@testable import ParallaxCore

@Suite struct TimexFormatTests {
    @Test func isoWeeksAcrossTheYearBoundary() throws {
        let date = try #require(CalendarDate(year: 2024, month: 12, day: 31))
        let week = TimexFormat.week(of: date)
        #expect(week.value == "2025-W01")
        #expect(week.days.first.description == "2024-12-30")
        #expect(week.days.last.description == "2025-01-05")
    }

    @Test func monthsRollOverYears() {
        #expect(TimexFormat.month(year: 2025, month: 0).value == "2024-12")
        #expect(TimexFormat.month(year: 2025, month: 13).value == "2026-01")
        #expect(TimexFormat.month(year: 2024, month: 2).days.dayCount == 29)
    }

    @Test func yearsAndDecades() {
        #expect(TimexFormat.year(2025).days.dayCount == 365)
        #expect(TimexFormat.decade(startingIn: 1990).value == "199")
        #expect(TimexFormat.decade(startingIn: 2000).days.dayCount == 3653)
    }

    @Test func durationsSpellFractionsInSmallerUnits() {
        typealias Part = DurationReader.Part
        #expect(TimexFormat.duration([Part(amount: 1, unit: .hour), Part(amount: 35, unit: .minute)]) == "PT1H35M")
        #expect(TimexFormat.duration([Part(amount: 1.5, unit: .hour)]) == "PT1H30M")
        #expect(TimexFormat.duration([Part(amount: 0.5, unit: .hour)]) == "PT30M")
        #expect(TimexFormat.duration([Part(amount: 1.5, unit: .day)]) == "P1DT12H")
        #expect(TimexFormat.duration([Part(amount: 2.5, unit: .week)]) == "P2.5W")
        #expect(TimexFormat.duration([Part(amount: 3, unit: .decade)]) == "P30Y")
        #expect(TimexFormat.duration([Part(amount: 1, unit: .century)]) == "P100Y")
        #expect(TimexFormat.vagueDuration(.decade) == "PXDE")
        #expect(TimexFormat.vagueDuration(.hour) == "PTXH")
    }
}
