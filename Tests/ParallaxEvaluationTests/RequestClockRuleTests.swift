import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// Request-style clock times, read only in the Recognizers-Text convention.
@Suite struct RequestClockRuleTests {
    let composite = PatternTimeRecognizer(convention: .recognizersText)
    let atomic = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func found(_ text: String, _ recognizer: PatternTimeRecognizer? = nil) -> [String] {
        (recognizer ?? composite).times(in: TokenizedText(text), documentDate: documentDate)
            .map { "\($0.text)=\($0.value)" }
    }

    @Test func hoursAndMinutesInWordsAreATime() {
        #expect(found("Wake me at nine twenty.") == ["nine twenty=2025-01-22T09:20"])
        #expect(found("The bus leaves six fifty five p. m.") == ["six fifty five p. m.=2025-01-22T18:55"])
        #expect(found("Dinner is at seventeen thirty p m") == ["seventeen thirty p m=2025-01-22T17:30"])
        #expect(found("Wake me at nine twenty.", atomic).isEmpty)
        #expect(found("We counted nine twenty minutes.").allSatisfy { !$0.hasPrefix("nine twenty=") })
    }

    @Test func shortMeridiemsAndHourMarks() {
        #expect(found("Doors open 6p sharp.") == ["6p=2025-01-22T18:00"])
        #expect(found("Meet at 8a.") == ["8a=2025-01-22T08:00"])
        #expect(found("Read section 8a first.").isEmpty)
        #expect(found("Meet at 7:45a.") == ["7:45a=2025-01-22T07:45"])
        #expect(found("The train is at 6h05.") == ["6h05=2025-01-22T06:05"])
    }

    @Test func approximateHours() {
        #expect(found("Come by 4ish.") == ["4ish=2025-01-22T04:00"])
        #expect(found("Come by 4-ish.") == ["4-ish=2025-01-22T04:00"])
        #expect(found("Lunch noonish?").first == "noonish=2025-01-22T12:00")
    }

    @Test func hourWithItsAnchorWord() {
        #expect(found("Ring at 12 noon.") == ["12 noon=2025-01-22T12:00"])
        #expect(found("Ring at 12 midnight.") == ["12 midnight=2025-01-22T00:00"])
        #expect(found("Ring at 2 o'clock lunchtime.") == ["2 o'clock lunchtime=2025-01-22T14:00"])
        #expect(found("The alarm went off 9 in the night.") == ["9 in the night=2025-01-22T21:00"])
        #expect(found("The alarm went off 12 in the night.") == ["12 in the night=2025-01-22T00:00"])
    }

    @Test func partOfDayBeforeTheClockTimeDatesIt() {
        #expect(found("Call back evening at 8.") == ["evening at 8=2025-01-22T20:00"])
        #expect(found("Call back afternoon 3:15:40.") == ["afternoon 3:15:40=2025-01-22T15:15:40"])
        #expect(found("Call back at lunchtime 1 o'clock.") == ["at lunchtime 1 o'clock=2025-01-22T13:00"])
        #expect(found("Call back in the night six twenty.") == ["in the night six twenty=2025-01-22T18:20"])
    }

    @Test func lunchIsAPartOfTheDay() {
        #expect(found("We talk over lunch time.") == ["lunch time=2025-01-22TMEL"])
        #expect(found("She is at lunch.") == ["at lunch=2025-01-22TMEL"])
    }

    @Test func middleOfAPartOfTheDayIsAClockHour() {
        #expect(found("It cleared by mid-morning.") == ["mid-morning=2025-01-22T10"])
        #expect(found("It cleared by midafternoon.") == ["midafternoon=2025-01-22T14"])
    }

    @Test func articleBeforeAClockTimeDoesNotMakeADay() {
        #expect(found("Move the nine am call.") == ["nine am=2025-01-22T09:00"])
    }

    @Test func clockTimesGluedIntoOneRange() {
        #expect(found("Out 2pm-4pm.") == ["2pm-4pm=(2025-01-22T14:00,2025-01-22T16:00,PT2H)"])
    }

    @Test func isoClockTimes() {
        #expect(found("Logged T08:15:05 sharp.") == ["T08:15:05=2025-01-22T08:15:05"])
        #expect(found("Logged 2024-03-09T21:40:00.") == ["2024-03-09T21:40:00=2024-03-09T21:40:00"])
    }

    @Test func spelledMeridiemAfterMinutesAndZeroHour() {
        #expect(found("Meet 4:15p.m. sharp.") == ["4:15p.m.=2025-01-22T16:15"])
        #expect(found("It began 0:05 am.") == ["0:05 am=2025-01-22T00:05"])
    }

    @Test func hourAMeetingIsMovedTo() {
        #expect(found("Push the 9am meeting to 11.") == ["9am=2025-01-22T09:00", "11=2025-01-22T11:00"])
        #expect(found("Push the 9am call to fifteen!") == ["9am=2025-01-22T09:00", "fifteen=2025-01-22T15:00"])
        #expect(found("Push the 9am meeting to 11 or so.") == ["9am=2025-01-22T09:00"])
        #expect(found("Push the budget meeting to 11.").isEmpty)
    }
}
