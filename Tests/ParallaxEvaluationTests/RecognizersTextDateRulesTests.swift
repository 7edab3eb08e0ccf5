import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// The Recognizers-Text-only date rules: `RequestDateRule`, `WeekOfRule`,
/// `CalendarPeriodRule`, `DecadeRule` and `OrdinalWeekdayRule`, run through the recognizer in that
/// convention.
@Suite struct RecognizersTextDateRulesTests {
    let recognizer = PatternTimeRecognizer(convention: .recognizersText)
    /// A Wednesday.
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func found(_ text: String) -> [(text: String, value: String)] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate).map { ($0.text, $0.value) }
    }

    func texts(_ text: String) -> [String] { found(text).map(\.text) }

    func value(_ text: String) -> String? { found(text).first?.value }

    @Test func monthWithDayInWordsIsOneDate() {
        #expect(texts("Could we meet jan twenty first?") == ["jan twenty first"])
        #expect(value("Could we meet jan twenty first?") == "2025-01-21")
        #expect(texts("Lunch on march the ninth works.") == ["march the ninth"])
    }

    @Test func dayInWordsBeforeItsMonthTakesASpokenYear() {
        let text = "Send it by the third of march, two thousand and twenty six."
        #expect(texts(text) == ["third of march, two thousand and twenty six"])
        #expect(value(text) == "2026-03-03")
    }

    @Test func monthGluedToItsDay() {
        #expect(texts("Meet me march3 then.") == ["march3"])
        #expect(value("Meet me march3 then.") == "2025-03-03")
        #expect(value("Meet me 3march then.") == "2025-03-03")
        #expect(texts("Ship it oct/2 please.") == ["oct/2"])
    }

    @Test func weekdayJoinsOnlyTheDayItNames() {
        #expect(texts("Book monday, feb ten, 2025 for me.") == ["monday, feb ten, 2025"])
        #expect(value("Book monday, feb ten, 2025 for me.") == "2025-02-10")
        #expect(texts("Is friday feb ten free?") == ["friday", "feb ten"])
    }

    @Test func ordinalWeekOfAMonthCountsFromTheWeekHoldingItsFourth() {
        #expect(value("Plan the second week of march.") == "2025-W11")
        #expect(value("Plan the last week of february.") == "2025-W09")
        #expect(texts("Plan the third week of next month.") == ["the third week of next month"])
    }

    @Test func ordinalWeekOfAYearIsTheISOWeek() {
        #expect(value("Plan the first week of 2026.") == "2026-W01")
        #expect(value("Plan the second week next year.") == "2026-W02")
    }

    @Test func weekNamedByADayInIt() {
        #expect(texts("Hold the week of march 12 for the trip.") == ["the week of march 12"])
        #expect(value("Hold the week of march 12 for the trip.") == "2025-W11")
        #expect(value("Hold the week starting on feb 3.") == "2025-W06")
        #expect(value("Hold w/c feb 3 for it.") == "2025-W06")
    }

    @Test func restOfAPeriodRunsFromTheDocumentDate() {
        #expect(value("I am off rest of the week.") == "(2025-01-22,2025-01-26,P4D)")
        #expect(value("I am off the rest of my month.") == "(2025-01-22,2025-01-31,P10D)")
    }

    @Test func periodsNamedFromTheDocumentDate() {
        #expect(value("Try the week after next.") == "2025-W06")
        #expect(found("It was the same month.").map(\.text) == ["same month"])
        #expect(value("It was the same month.") == "2025-01")
        #expect(texts("I am off the coming week.") == ["coming week"])
        #expect(value("How does my day look?") == "2025-01-22")
    }

    @Test func theNounAfterOfIsNotAPeriod() {
        #expect(texts("She was employee of the week.").isEmpty)
        #expect(texts("Take the lift to the 5th floor.").isEmpty)
    }

    @Test func decadesWithAndWithoutCentury() {
        #expect(value("Songs from the eighties.") == "(XX80-01-01,XX90-01-01,P10Y)")
        #expect(value("Songs from the 80's.") == "(XX80-01-01,XX90-01-01,P10Y)")
        #expect(value("Songs from the nineteen sixties.") == "196")
        #expect(value("Songs from the noughties.") == "200")
    }

    @Test func countedDecadesAreWholeDecades() {
        #expect(value("Prices will rise in the next decade.") == "(2030-01-01,2040-01-01,P10Y)")
        #expect(value("Prices rose over the past two decades.") == "(2000-01-01,2020-01-01,P20Y)")
    }

    @Test func ordinalWeekdayWithoutAMonthIsInTheDocumentsMonth() {
        #expect(texts("Come by second friday.") == ["second friday"])
        #expect(value("Come by second friday.") == "2025-01-10")
    }

    @Test func lengthsCountedBackAreDays() {
        #expect(value("They called two years ago.") == "2023-01-22")
        #expect(value("They called a few days ago.") == "2025-01-19")
        #expect(texts("They called 1 month, 2 days ago.") == ["1 month, 2 days ago"])
        #expect(value("They called 1 month, 2 days ago.") == "2024-12-20")
    }

    @Test func seasonsWithoutAYearKeepNone() {
        #expect(value("I leave summer.") == "SU")
        #expect(texts("Plans for mid winter.") == ["mid winter"])
        #expect(value("It was the spring of nineteen eighty one.") == "1981-SP")
        #expect(texts("Prices fall again.").isEmpty)
    }

    @Test func halfYearsAndCenturiesArePeriods() {
        #expect(value("Targets for H2 2025.") == "(2025-07-01,2026-01-01,P6M)")
        #expect(value("Targets for 2025H1.") == "(2025-01-01,2025-07-01,P6M)")
        #expect(value("Art of the 19th century.") == "(1800-01-01,1900-01-01,P100Y)")
    }

    @Test func requestNumericMonthAndDay() {
        #expect(value("Ship it 3/14 please.") == "2025-03-14")
        #expect(value("Ship it 14/03 please.") == "2025-03-14")
        #expect(value("Ship it on 3.14 please.") == "2025-03-14")
        #expect(texts("Ship it 3/14,2026 please.") == ["3/14,2026"])
        #expect(value("Ship it 3/14,2026 please.") == "2026-03-14")
        #expect(value("Ship it 2025/mar/14.") == "2025-03-14")
        #expect(texts("Add 3/4 of the flour.").isEmpty)
    }

    @Test func withinCountsFromTheDocumentDate() {
        #expect(value("I will reply within 5 days.") == "(2025-01-22,2025-01-27,P5D)")
    }

    @Test func lengthWithItsStartingDayIsAPeriod() {
        #expect(texts("Set ooo for a week starting tomorrow.") == ["a week starting tomorrow"])
        #expect(value("Set ooo for a week starting tomorrow.") == "(2025-01-23,2025-01-30,P1W)")
        #expect(texts("Set ooo for 3 days from today.") == ["for 3 days from today"])
        #expect(value("Set ooo for 3 days from today.") == "(2025-01-22,2025-01-25,P3D)")
    }

    @Test func yearsNamedAsNumbers() {
        #expect(value("Rome in year 312.") == "0312")
        #expect(texts("Sales from two thousand until two thousand and five.") == ["from two thousand until two thousand and five"])
        #expect(texts("Sales of two thousand and five units.").isEmpty)
        #expect(value("Results for the second quarter of two thousand and nine.") == "2009-Q2")
    }

    @Test func dayTheDocumentsMonthLacksStaysUnresolved() {
        let february = PatternTimeRecognizer(convention: .recognizersText)
            .times(in: TokenizedText("Pay on the thirtieth."), documentDate: CalendarDate(year: 2025, month: 2, day: 3))
        #expect(february.map(\.value) == ["XXXX-XX-30"])
    }

    @Test func onBeforeAWeekdayOfNextWeekJoins() {
        #expect(texts("We meet on friday next week.") == ["on friday next week"])
        #expect(value("We meet on friday next week.") == "2025-01-31")
    }

    @Test func qualifiedWeekdaysArePlacedByWeeks() {
        #expect(value("It was last monday.") == "2025-01-13")
        #expect(value("It was previous wednesday.") == "2025-01-15")
        #expect(value("Come the following friday.") == "2025-01-31")
        #expect(value("Come this upcoming friday.") == "2025-01-24")
        #expect(value("It was this past tuesday.") == "2025-01-21")
    }

    @Test func weekdayWithADayNumberIsTheLatestSuchDay() {
        #expect(texts("Any plans on Monday 20!") == ["Monday 20"])
        #expect(value("Any plans on Monday 20!") == "2025-01-20")
    }

    @Test func weekdayJoinsTheNumericDateItFallsOn() {
        #expect(texts("Call on friday 1/24 please.") == ["friday 1/24"])
        #expect(value("Call on friday 1/24 please.") == "2025-01-24")
        #expect(texts("Call on friday 1.24 please.") == ["friday 1.24"])
    }

    @Test func monthRangesWithoutYearsAreMonthPeriods() {
        #expect(value("Closed from March to May.") == "(XXXX-03-01,XXXX-05-01,P2M)")
        #expect(value("Closed from May to Oct 2026.") == "(2026-05-01,2026-10-01,P5M)")
    }

    @Test func edgesOfAPeriodAreThePeriod() {
        #expect(texts("Party at the end of month.") == ["end of month"])
        #expect(value("Party at the end of month.") == "2025-01")
        #expect(value("Party at EOY.") == "2025")
        #expect(value("Ship it beginning of next week.") == "2025-W05")
        #expect(value("It happened the day before.") == "2025-01-21")
    }

    @Test func weeksYearMonthsAndShortYearsByNumber() {
        #expect(value("Plan week 10 now.") == "2025-W10")
        #expect(value("Sales in 2024.3 fell.") == "2024-03")
        #expect(value("Records for August 99.") == "1999-08")
    }

    @Test func nowEndsADateRangeOnTheDocumentDate() {
        #expect(value("Work between now and March 1st.") == "(2025-01-22,2025-03-01,P38D)")
    }

    @Test func quartersFromTheDocumentDateAndOfWrittenYears() {
        #expect(texts("Plan the next quarter.") == ["next quarter"])
        #expect(value("Plan the next quarter.") == "2025-Q2")
        #expect(value("Sales for last quarter.") == "2024-Q4")
        #expect(value("Sales in 2023 q2 rose.") == "2023-Q2")
        #expect(value("Sales from 2023 q1 to 2024 q1 rose.") == "(2023-01-01,2024-01-01,P12M)")
    }

    @Test func fiscalSchoolAndCalendarYears() {
        #expect(value("Gains in last fiscal year.") == "FY2024")
        #expect(texts("Sales in the school year 2008.") == ["school year 2008"])
        #expect(value("Sales in the school year 2008.") == "SY2008")
        #expect(value("Sales in the cy18.") == "2018")
        #expect(value("Sales in fiscal year.") == "FYXXXX")
    }

    @Test func aDayInAYearTakesThatYear() {
        #expect(texts("Back on 28 june in 2026.") == ["28 june in 2026"])
        #expect(value("Back on 28 june in 2026.") == "2026-06-28")
    }

    @Test func listedWeekdaysShareTheirWeek() {
        let text = "Meet next week on Tuesday or Thursday."
        #expect(found(text).map(\.value) == ["2025-01-28", "2025-01-30"])
        #expect(found("Meet monday, Friday next week.").map(\.value) == ["2025-01-27", "2025-01-31"])
    }

    @Test func listedDaysOfTheMonthShareTheirMonth() {
        #expect(found("Book March 17th, 18th, or 19th.").map(\.value) == ["2025-03-17", "2025-03-18", "2025-03-19"])
    }

    @Test func aLoneQualifierBesideAPeriodNamesOne() {
        #expect(found("Meet this week or next.").map(\.value) == ["2025-W04", "2025-W05"])
        #expect(found("Meet this or next month.").map(\.value) == ["2025-01", "2025-02"])
    }

    @Test func monthJoinedToItsYear() {
        #expect(value("Plans for Dec/2026.") == "2026-12")
        #expect(value("Plans for dec-2026.") == "2026-12")
    }

    @Test func daysCountedInWeekdaysAndBusinessDays() {
        #expect(texts("Free two fridays from now?") == ["two fridays from now"])
        #expect(value("Free two fridays from now?") == "2025-01-31")
        #expect(value("Done in three business days.") == "2025-01-27")
    }

    @Test func countBeforeItsQualifierIsAPeriod() {
        #expect(texts("What happens in the 3 upcoming days?") == ["3 upcoming days"])
        #expect(value("What happens in the 3 upcoming days?") == "(2025-01-23,2025-01-26,P3D)")
        #expect(value("What happened in the 2 past weeks?") == "(2025-01-08,2025-01-22,P2W)")
    }

    @Test func qualifierPlacesADayWithoutItsYear() {
        #expect(texts("Due next 5/12 at the latest.") == ["next 5/12"])
        #expect(value("Due next 5/12 at the latest.") == "2026-05-12")
        #expect(value("Due this 5/12 at the latest.") == "2025-05-12")
        #expect(texts("He said this 5 years ago.") == ["5 years ago"])
    }

    @Test func partsOfTheCurrentPeriodAreThePeriod() {
        #expect(texts("We met earlier in the week.") == ["earlier in the week"])
        #expect(value("We met earlier in the week.") == "2025-W04")
        #expect(value("Let us meet later in the year.") == "2025")
        #expect(texts("Shares are up in the year to date.") == ["year to date"])
    }

    @Test func gluedCountsFewAndWeekRanges() {
        #expect(value("Sales over the last 2year.") == "(2023-01-22,2025-01-22,P2Y)")
        #expect(value("Rain over the past few days.") == "(2025-01-19,2025-01-22,P3D)")
        #expect(value("Away from week 5 to week 7.") == "(2025-01-27,2025-02-10,P2W)")
        #expect(texts("Away 4 to 23 next month.") == ["4 to 23 next month"])
    }
}
