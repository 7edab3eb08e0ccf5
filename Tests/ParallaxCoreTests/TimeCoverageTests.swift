import Testing

@testable import ParallaxCore

/// Forms the TimeML recognizer reads since the TimeBank error review of session 5: bare months,
/// centuries, spelled decades, dates counted from the story's own timeline, coordinated days,
/// counted lengths, and the names and ages that are not time expressions.
@Suite struct TimeCoverageTests {
    let recognizer = PatternTimeRecognizer()
    /// A Wednesday.
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func times(_ text: String) -> [TimeExpression] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate)
    }

    /// `text → value` of every expression, in order.
    func found(_ text: String) -> [String] {
        times(text).map { "\($0.text) → \($0.value)" }
    }

    @Test func aMonthStandsAloneWithoutAPreposition() {
        #expect(found("Police studied the October killing.") == ["October → 2024-10"])
        #expect(found("It acted under a June agreement with the holders.") == ["June → 2024-06"])
        #expect(found("The job figures for December rose.") == ["December → 2024-12"])
    }

    @Test func aMonthThatIsAVerbOrANameIsNoDate() {
        #expect(found("Officials may march to the hall.").isEmpty)
        #expect(found("Sales may rise. March Hare spoke.").isEmpty)
        #expect(found("The singer June Carter sang.").isEmpty)
        #expect(found("Sister June arrived.").isEmpty)
    }

    @Test func centuriesAreTheirLeadingDigits() {
        #expect(found("the 20th century") == ["the 20th century → 19"])
        #expect(found("a temple of the eleventh century") == ["the eleventh century → 10"])
        let century = times("events of the 21st century").first
        #expect(century?.days == DayInterval(first: CalendarDate(year: 2000, month: 1, day: 1)!, last: CalendarDate(year: 2099, month: 12, day: 31)!))
        #expect(found("the 1st century").isEmpty)
    }

    @Test func spelledDecadesAreTheLatestBegunByTheDocumentDate() {
        #expect(found("Numbers fell through the nineties.") == ["the nineties → 199"])
        #expect(found("a star of the twenties") == ["the twenties → 202"])
        #expect(found("He is in his forties.").isEmpty)
    }

    @Test func narrativeDatesFollowTheLatestDateNamed() {
        #expect(found("He left in June 1998 and returned later that year.") == ["June 1998 → 1998-06", "later that year → 1998"])
        #expect(found("It was sold in March 1989. The following month, it closed.") == ["March 1989 → 1989-03", "The following month → 1989-04"])
        #expect(found("He was shot on Oct. 23, 1998. Earlier that day, a fax came.") == ["Oct. 23, 1998 → 1998-10-23", "Earlier that day → 1998-10-23"])
        #expect(found("In 1995 he was promoted, and the following year he moved.") == ["1995 → 1995", "the following year → 1996"])
    }

    @Test func aNarrativeDateWithoutAnAntecedentStaysUnresolved() {
        let day = times("Trades made that day lost money.")
        #expect(day.map(\.value) == ["XXXX-XX-XX"])
        #expect(day.first?.resolved == false)
        // A year does not give a day.
        #expect(found("In 1998 it fell; that day was grim.") == ["1998 → 1998", "that day → XXXX-XX-XX"])
    }

    @Test func aCoordinatedDayTakesTheFirstDatesMonthAndYear() {
        #expect(found("The summit is on April 24 and 25, 2026.") == ["April 24 → 2026-04-24", "25, 2026 → 2026-04-25"])
        #expect(found("The summit is on April 24 and 25.") == ["April 24 → 2025-04-24", "25 → 2025-04-25"])
        #expect(found("They meet on Feb. 12 or 13.") == ["Feb. 12 → 2025-02-12", "13 → 2025-02-13"])
        #expect(found("Sales rose on Feb. 12 and 13 percent later.") == ["Feb. 12 → 2025-02-12"])
    }

    @Test func countedLengths() {
        #expect(found("It will not change for a couple of years.") == ["a couple of years → P2Y"])
        #expect(found("over the next couple of weeks") == ["the next couple of weeks → P2W"])
        #expect(found("They stay at least two more weeks.") == ["two more weeks → P2W"])
        #expect(found("It may be extended for an additional year.") == ["an additional year → P1Y"])
    }

    @Test func anAgeIsNoLength() {
        #expect(found("Mr. Reupke, 52 years old, resigned.").isEmpty)
        #expect(found("He served 52 years in office.") == ["52 years → P52Y"])
    }

    @Test func theNearAndShortTermAreTheFuture() {
        #expect(found("Prices will rise in the near term.") == ["the near term → FUTURE_REF"])
        #expect(found("It placates holders in the short term.") == ["the short term → FUTURE_REF"])
    }

    @Test func namesAreNoTimes() {
        #expect(found("the Communist Party daily Granma said").isEmpty)
        #expect(found("He flies daily to Rome.") == ["daily → P1D"])
        #expect(found("Baker spoke on ABC's \"This Week,\" a show.").isEmpty)
        #expect(found("He said on CBS's \"60 Minutes.\"").isEmpty)
        #expect(found("This is VOA Today.").isEmpty)
        #expect(found("He was found on Thanksgiving Day.").count == 1)
        #expect(found("Today, it rains.") == ["Today → 2025-01-22"])
    }

    @Test func halvesOfAYear() {
        #expect(found("Sales fell in the last half of 1989.") == ["the last half of 1989 → 1989-H2"])
        #expect(found("in the first half of next year") == ["the first half of next year → 2026-H1"])
        #expect(times("the second half of 2024").first?.days == DayInterval(first: CalendarDate(year: 2024, month: 7, day: 1)!, last: CalendarDate(year: 2024, month: 12, day: 31)!))
        #expect(found("the last half of the '80s") == ["the '80s → 198"])
    }

    @Test func thePreviousWeekdayIsAWeekBeforeTheLatest() {
        // The document date is a Wednesday: the latest Friday is Jan. 17, the one before Jan. 10.
        #expect(found("Stocks fell 4% from the previous Friday.") == ["the previous Friday → 2025-01-10"])
        #expect(found("up from the preceding Wednesday") == ["the preceding Wednesday → 2025-01-15"])
    }

    @Test func aWeekdayTakesTheWeekTheWordsAfterItName() {
        // The document date is Wednesday, Jan. 22: next week runs Jan. 27 – Feb. 2, last week Jan. 13 – 19.
        #expect(found("The ministers will meet on Friday in the week ahead.") == ["Friday in the week ahead → 2025-01-31"])
        #expect(found("The vote is set for Friday of next week.") == ["Friday of next week → 2025-01-31"])
        #expect(found("Talks resume Monday next week.") == ["Monday next week → 2025-01-27"])
        #expect(found("Talks resume Monday in the coming week.") == ["Monday in the coming week → 2025-01-27"])
        #expect(found("The board met on Tuesday last week.") == ["Tuesday last week → 2025-01-14"])
        #expect(found("She arrives Friday this week.") == ["Friday this week → 2025-01-24"])
        // Alone, a weekday still follows the tense and the document's day.
        #expect(found("The ministers will meet on Friday.") == ["Friday → 2025-01-24"])
    }

    @Test func aMonthEveryYearIsASet() {
        #expect(found("Orangemen march each July to the church.") == ["each July → XXXX-07"])
    }

    @Test func aYearEarlierInASentenceReportingNineMonthsIsTheYearBefore() {
        let text = "Profit rose in the third quarter of 2024. For the nine months, net was $5 million, up from $4 million a year earlier. Sales rose from $2 million a year earlier."
        let values = times(text).map(\.value)
        #expect(values == ["2024-Q3", "P9M", "2023", "2023-Q3"])
    }
}
