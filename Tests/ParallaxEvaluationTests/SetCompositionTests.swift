import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// Recurrences joined to their clock times and days in the Recognizers-Text convention, and the
/// recurring forms `SetRule` reads.
@Suite struct SetCompositionTests {
    let composite = PatternTimeRecognizer(convention: .recognizersText)
    let atomic = PatternTimeRecognizer()
    /// A Wednesday.
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func found(_ text: String, _ recognizer: PatternTimeRecognizer) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate).map { "\($0.text)=\($0.value)" }
    }

    @Test func clockTimeBeforeDailyRecurrenceKeepsTheClock() {
        #expect(found("The ferry sails 7am each day.", composite) == ["7am each day=T07:00"])
    }

    @Test func clockTimeOnRecurringWeekdayJoins() {
        #expect(found("The market opens 8am on Saturdays.", composite) == ["8am on Saturdays=XXXX-WXX-6T08:00"])
        #expect(found("The club meets every Thursday 6pm.", composite) == ["every Thursday 6pm=XXXX-WXX-4T18:00"])
    }

    @Test func recurringPartOfDayTakesTheHourAfterIt() {
        #expect(found("She runs every evening at 7.", composite) == ["every evening at 7=T19:00"])
        #expect(found("She swims every morning at 6am.", composite) == ["every morning at 6am=T06:00"])
    }

    @Test func onBeforeRecurringDayIsPartOfIt() {
        #expect(found("The shop closes on Tuesdays.", composite) == ["on Tuesdays=XXXX-WXX-2"])
        #expect(found("The shop closes on Tuesdays.", atomic) == ["Tuesdays=XXXX-WXX-2"])
        #expect(found("She reads on evenings at 8.", composite) == ["on evenings at 8=T20:00"])
    }

    @Test func eachBeforeADateMakesItYearly() {
        #expect(found("Rent is due each 5/20.", composite) == ["each 5/20=XXXX-05-20"])
    }

    @Test func everyOtherWeekdayIsThatWeekday() {
        #expect(found("Bins go out every other Wednesday.", atomic) == ["every other Wednesday=XXXX-WXX-3"])
    }

    @Test func recurringAdjectivesCountOnlyForRecognizersText() {
        #expect(found("The quarterly dividend rose.", composite) == ["quarterly=P3M"])
        #expect(found("The quarterly dividend rose.", atomic).isEmpty)
        #expect(found("It holds an annual fair.", composite) == ["annual=P1Y"])
        #expect(found("It holds an annual fair.", atomic).isEmpty)
    }
}
