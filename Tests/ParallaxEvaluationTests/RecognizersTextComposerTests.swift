import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// The Recognizers-Text convention of `PatternTimeRecognizer`, against the TimeML default.
@Suite struct RecognizersTextComposerTests {
    let composite = PatternTimeRecognizer(convention: .recognizersText)
    let atomic = PatternTimeRecognizer()
    /// A Wednesday.
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func texts(_ text: String, _ recognizer: PatternTimeRecognizer) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate).map(\.text)
    }

    func value(_ text: String) -> String? {
        composite.times(in: TokenizedText(text), documentDate: documentDate).first?.value
    }

    @Test func clockRangeWithBareHourTakesTheOtherEndsMeridiem() {
        #expect(texts("The shop is open from 2 to 4pm on weekdays.", composite) == ["from 2 to 4pm"])
        #expect(value("The shop is open from 2 to 4pm on weekdays.") == "(2025-01-22T14:00,2025-01-22T16:00,PT2H)")
        #expect(texts("The shop is open from 2 to 4pm on weekdays.", atomic).contains("4pm"))
    }

    @Test func partOfDayBeforeClockRangeDatesIt() {
        #expect(texts("I am free Thursday morning from 9am to 11am.", composite) == ["Thursday morning from 9am to 11am"])
        let day = composite.times(in: TokenizedText("I am free Thursday."), documentDate: documentDate).first?.value ?? ""
        #expect(value("I am free Thursday morning from 9am to 11am.") == "(\(day)T09:00,\(day)T11:00,PT2H)")
    }

    @Test func clockRangeOfADayIsDatedByIt() {
        #expect(texts("The desk is staffed from 8 to 10am of March 3.", composite) == ["from 8 to 10am of March 3"])
        #expect(value("The desk is staffed from 8 to 10am of March 3.") == "(2025-03-03T08:00,2025-03-03T10:00,PT2H)")
    }

    @Test func bareHoursBeforeTheirDayAreAClockRange() {
        #expect(texts("The hall is booked between 2 and 4 on 3/9/2025.", composite) == ["between 2 and 4 on 3/9/2025"])
        #expect(value("The hall is booked between 2 and 4 on 3/9/2025.") == "(2025-03-09T02:00,2025-03-09T04:00,PT2H)")
    }

    @Test func bareEndHourBeforeTheStartIsAfterNoon() {
        #expect(value("The hall is booked from 11:30 to 2 on 3/9/2025.") == "(2025-03-09T11:30,2025-03-09T14:00,PT2H30M)")
    }

    @Test func dayJoinsTheBoundedTimeAfterIt() {
        #expect(texts("Reply tomorrow before 5pm.", composite) == ["tomorrow before 5pm"])
        #expect(value("Reply tomorrow before 5pm.") == "2025-01-23T17:00")
    }

    @Test func dateRangeBetweenTwoDatesIsOneExpression() {
        #expect(texts("The fair runs between March 3 and March 9.", composite) == ["between March 3 and March 9"])
        #expect(value("The fair runs between March 3 and March 9.") == "(2025-03-03,2025-03-09,P6D)")
        #expect(texts("The fair runs between March 3 and March 9.", atomic) == ["March 3", "March 9"])
    }

    @Test func bareDaysTakeTheirMonthFromWhatFollows() {
        #expect(value("We are away from 3 to 10 next month.") == "(2025-02-03,2025-02-10,P7D)")
    }

    @Test func dayAndTimeJoin() {
        #expect(texts("Call me 9pm tomorrow please.", composite) == ["9pm tomorrow"])
        #expect(value("Call me 9pm tomorrow please.") == "2025-01-23T21:00")
        #expect(value("Call me tonight at 8.") == "2025-01-22T20:00")
    }

    @Test func boundingWordsJoinTheSpanButNotTheValue() {
        #expect(texts("Reply no later than 3/4/2025.", composite) == ["no later than 3/4/2025"])
        #expect(texts("Reply no later than 3/4/2025.", atomic) == ["3/4/2025"])
    }

    @Test func countedLengthsBecomeDatesOrPeriods() {
        #expect(value("We meet again in 2 weeks.") == "2025-02-05")
        #expect(value("Rain is expected over the next 3 days.") == "(2025-01-23,2025-01-26,P3D)")
    }

    @Test func weekdayInAWeekIsOneDay() {
        #expect(texts("Lunch on thursday of next week?", composite) == ["on thursday of next week"])
        #expect(value("Lunch on thursday of next week?") == "2025-01-30")
    }

    @Test func requestDaysAreFoundOnlyInTheCompositeConvention() {
        #expect(value("See you the day after tomorrow.") == "2025-01-24")
        #expect(value("The party is on the 28th.") == "2025-01-28")
        #expect(texts("We walk in the early-evening.", composite) == ["in the early-evening"])
        #expect(texts("The party is on the 28th.", atomic).isEmpty)
    }

    @Test func rangeValuesRoundTrip() {
        let range = TimexRange(start: "2014", end: "2016-03")
        #expect(range.description == "(2014-01-01,2016-03-01,P26M)")
        #expect(TimexRange(range.description) == range)
    }

    @Test func lowercaseHolidaysAndNextWeekdayFollowTheCompositeConvention() {
        #expect(texts("The office shuts on martin luther king day.", composite) == ["martin luther king day"])
        #expect(texts("The office shuts on martin luther king day.", atomic).isEmpty)
        #expect(value("See you next friday.") == "2025-01-31")
        #expect(atomic.times(in: TokenizedText("See you next friday."), documentDate: documentDate).first?.value == "2025-01-24")
    }

    @Test func bareDayOfMonthWithOnJoinsTheClockTime() {
        #expect(texts("The vote is on 9 at 10:30.", composite) == ["9 at 10:30"])
        #expect(value("The vote is on 9 at 10:30.") == "2025-01-09T10:30")
        #expect(value("The vote is 4pm on 28.") == "2025-01-28T16:00")
        #expect(texts("The vote is 4pm on 28 May.", composite) == ["4pm on 28 May"])
    }

    @Test func thisOrNextNightIsThatDaysNight() {
        #expect(value("Ring me this night.") == "2025-01-22TNI")
        #expect(value("Ring me next night.") == "2025-01-23TNI")
    }

    @Test func endOfTheDayIsItsLastSecond() {
        #expect(texts("File it by the end of the day.", composite) == ["the end of the day"])
        #expect(value("File it by the end of the day.") == "2025-01-22T23:59:59")
        #expect(value("File it at the eod.") == "2025-01-22T23:59:59")
    }

    @Test func clockWithoutMeridiemTakesTheHalfOfDayThatMakesTheRangeShortest() {
        #expect(value("Open from 2:30 to 5pm.") == "(2025-01-22T14:30,2025-01-22T17:00,PT2H30M)")
        #expect(value("Open from 2:30 pm to 4:45.") == "(2025-01-22T14:30,2025-01-22T16:45,PT2H15M)")
        #expect(value("Open from 10 to 2am.") == "(2025-01-22T22:00,2025-01-22T02:00,PT4H)")
        #expect(value("Open from 09:00 to 5pm.") == "(2025-01-22T09:00,2025-01-22T17:00,PT8H)")
    }

    @Test func boundingPhrasesAndSignsJoinTheSpan() {
        #expect(texts("Submit it prior to 5pm.", composite) == ["prior to 5pm"])
        #expect(texts("Rates apply starting from 3/1/2025.", composite) == ["starting from 3/1/2025"])
        #expect(texts("Arrive >= 8am tomorrow.", composite) == [">= 8am tomorrow"])
        #expect(texts("<p>8am</p>", composite) == ["8am"])
    }

    @Test func bareHoursBesideTheirDayAreAClockRange() {
        #expect(texts("The desk is open friday 9 to 11.", composite) == ["friday 9 to 11"])
        #expect(texts("We are out six to eight tomorrow.", composite) == ["six to eight tomorrow"])
        #expect(value("We are out six to eight tomorrow.") == "(2025-01-23T06:00,2025-01-23T08:00,PT2H)")
    }

    @Test func restOfTheDayRunsFromNowToItsLastSecond() {
        let found = composite.times(
            in: TokenizedText("Block the rest of my day."), documentDate: documentDate, referenceSeconds: 22 * 3_600)
        #expect(found.map(\.text) == ["rest of my day"])
        #expect(found.first?.value == "(2025-01-22T22:00:00,2025-01-22T23:59:59,PT7199S)")
    }

    @Test func bareHourBeforeAPartOfTheDay() {
        #expect(texts("Come back 9, this evening.", composite) == ["9, this evening"])
        #expect(value("Come back 9, this evening.") == "2025-01-22T21:00")
    }

    @Test func yearAfterADateAndTime() {
        #expect(value("Logged on Thu Mar 6 10:20:30 2014.") == "2014-03-06T10:20:30")
    }

    @Test func deicticRequests() {
        #expect(value("Call me right now.") == "PRESENT_REF")
        #expect(value("Call me as soon as possible.") == "FUTURE_REF")
    }

    @Test func skipFromToKeepsTheEndsOfARangeApart() {
        let skipping = PatternTimeRecognizer(convention: .recognizersTextSkipFromTo)
        #expect(texts("Open from 8am to 6pm.", skipping) == ["8am", "6pm"])
        #expect(texts("Open from 8am to 6pm.", composite) == ["from 8am to 6pm"])
        #expect(TimeConvention.recognizersTextSkipFromTo.isRecognizersText)
        #expect(!TimeConvention.timeML.isRecognizersText)
    }

    @Test func timingWordBeforeAPartOfTheDayJoinsIt() {
        #expect(texts("We met later in the evening.", composite) == ["later in the evening"])
        #expect(value("We met later in the evening.") == "2025-01-22TEV")
        #expect(texts("We met early night.", composite) == ["early night"])
    }

    @Test func asEarlyAsAndAsLateAsBoundTheSpan() {
        #expect(texts("Leave as late as 6:00 pm.", composite) == ["as late as 6:00 pm"])
    }

    @Test func endOfANamedDayIsItsLastSecond() {
        #expect(value("Send it by end of tomorrow.") == "2025-01-23T23:59:59")
        #expect(texts("Send it by end of the friday.", composite) == ["end of the friday"])
    }
}
