import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// Lengths counted from now in the Recognizers-Text convention, with and without the clock time of writing.
@Suite struct LengthCompositionTests {
    let composite = PatternTimeRecognizer(convention: .recognizersText)
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)
    /// 09:30:00.
    let clock = 34_200

    func found(_ text: String, clock: Int? = nil) -> [String] {
        composite.times(in: TokenizedText(text), documentDate: documentDate, referenceSeconds: clock)
            .map { "\($0.text)=\($0.value)" }
    }

    @Test func clockLengthFromNowIsAMoment() {
        #expect(found("Call me in 3 hours.", clock: clock) == ["in 3 hours=2025-01-22T12:30:00"])
        #expect(found("The car left 45 minutes ago.", clock: clock) == ["45 minutes ago=2025-01-22T08:45:00"])
        #expect(found("Start 20 minutes from now.", clock: clock) == ["20 minutes from now=2025-01-22T09:50:00"])
        #expect(found("We land 1 day 16 hours later.", clock: clock) == ["1 day 16 hours later=2025-01-24T01:30:00"])
    }

    @Test func clockLengthWithoutAClockKeepsTheLength() {
        #expect(found("Call me in 3 hours.") == ["in 3 hours=PT3H"])
    }

    @Test func clockLengthFromNowSpansClockTimes() {
        #expect(
            found("It ends within 90 minutes.", clock: clock)
                == ["within 90 minutes=(2025-01-22T09:30:00,2025-01-22T11:00:00,PT90M)"])
        #expect(
            found("Nothing moved in the last 2 hours.", clock: clock)
                == ["the last 2 hours=(2025-01-22T07:30:00,2025-01-22T09:30:00,PT2H)"])
        #expect(
            found("I am busy next hour.", clock: clock) == ["next hour=(2025-01-22T09:30:00,2025-01-22T10:30:00,PT1H)"])
    }

    @Test func periodWithinALengthStartsToday() {
        #expect(found("It ships within 4 days.") == ["within 4 days=(2025-01-22,2025-01-26,P4D)"])
        #expect(found("It ships in the next 4 days.") == ["the next 4 days=(2025-01-23,2025-01-27,P4D)"])
    }

    @Test func momentCarriesAcrossMidnight() {
        let late = TimexMoment(day: CalendarDate(dayNumber: 20_110), seconds: 23 * 3_600)
        #expect(late.shifted(by: "PT2H30M", direction: 1)?.value == "\(late.day.adding(days: 1))T01:30:00")
        #expect(late.shifted(by: "P1D", direction: -1)?.value == "\(late.day.adding(days: -1))T23:00:00")
        #expect(late.shifted(by: "PTXH", direction: 1) == nil)
    }
}
