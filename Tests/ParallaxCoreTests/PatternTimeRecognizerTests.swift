import Testing

@testable import ParallaxCore

@Suite struct PatternTimeRecognizerTests {
    let recognizer = PatternTimeRecognizer()
    /// A Wednesday.
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func times(_ text: String, dated: Bool = true) -> [TimeExpression] {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil)
    }

    /// The one expression whose text is `phrase`, checking that its span points at that text.
    func time(
        _ phrase: String, in text: String, dated: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) -> TimeExpression? {
        let all = times(text, dated: dated)
        let found = all.filter { $0.text == phrase }
        #expect(found.count == 1, "expected one \"\(phrase)\" in \(all.map(\.text))", sourceLocation: sourceLocation)
        guard let expression = found.first else { return nil }
        #expect(TextBuffer(text).text(of: expression.span) == phrase, sourceLocation: sourceLocation)
        return expression
    }
    @Test func itemsOfAListHeadedByAYearTakeThatYear() {
        // Written in January 2025: without the heading, "December 2" would be read as last month's.
        let text = "The tour was announced today.\n\n2026 dates:\n\nDecember 2 - Leeds\n\nDecember 5 - York\n\nThe band last played York on December 5."
        let all = times(text)
        #expect(all.filter { $0.text.hasPrefix("December") }.map(\.value) == ["2026-12-02", "2026-12-05", "2024-12-05"])
        // The heading may open the items' own line.
        #expect(time("March 9", in: "2027 schedule: March 4, March 9")?.value == "2027-03-09")
        // A heading naming two years, or a sentence between heading and day, gives no year.
        #expect(time("December 2", in: "2026 and 2027 dates:\nDecember 2 - Leeds")?.value == "2024-12-02")
        #expect(time("December 2", in: "2026 dates:\nThe first show sold out fast.\nDecember 2 - Leeds")?.value == "2024-12-02")
    }


    func value(_ phrase: String, in text: String, dated: Bool = true, sourceLocation: SourceLocation = #_sourceLocation)
        -> String?
    {
        time(phrase, in: text, dated: dated, sourceLocation: sourceLocation)?.value
    }

    func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: day)
    }

    func days(_ first: CalendarDate?, _ last: CalendarDate?) -> DayInterval? {
        guard let first, let last else { return nil }
        return DayInterval(first: first, last: last)
    }

    // MARK: Absolute dates

    @Test func writtenDatesResolveToDays() {
        let full = time("21 January 2025", in: "The call took place on 21 January 2025.")
        #expect(full?.type == .date)
        #expect(full?.value == "2025-01-21")
        #expect(full?.days == days(day(2025, 1, 21), day(2025, 1, 21)))
        #expect(value("January 21, 2025", in: "On January 21, 2025, they spoke.") == "2025-01-21")
        #expect(value("2025-01-21", in: "Filed 2025-01-21 in Geneva.") == "2025-01-21")
        #expect(value("21st of January", in: "By the 21st of January it was over.") == "2025-01-21")
    }

    @Test func dayAndMonthTakeTheNearestYear() {
        #expect(value("Jan. 21", in: "The leaders spoke on Jan. 21.") == "2025-01-21")
        #expect(value("Dec. 30", in: "Talks began on Dec. 30.") == "2024-12-30")
        #expect(value("February 3", in: "A vote is set for February 3.") == "2025-02-03")
    }

    @Test func yearEndAndComingPeriods() {
        #expect(value("year-end", in: "The deal should close by year-end.") == "2025")
        #expect(value("coming months", in: "Prices will rise in coming months.") == "FUTURE_REF")
    }

    @Test func mixedFractionLengths() {
        #expect(value("5 1/2 hours", in: "The talks lasted 5 1/2 hours.") == "PT5H30M")
        #expect(value("2 1/2 years", in: "He served 2 1/2 years.") == "P2Y6M")
    }

    @Test func aPrepositionRightBeforeTheDateTellsItsDirection() {
        // Dated Wednesday 2025-01-22: "since" looks back even in a present-perfect clause, "effective"
        // looks ahead, "set to" is a future cue.
        #expect(value("June", in: "The ship has been on patrol since June and will return.") == "2024-06")
        #expect(value("June", in: "The ship will be on patrol in June.") == "2025-06")
        #expect(value("Feb. 1", in: "He was named chairman, effective Feb. 1.") == "2025-02-01")
        #expect(value("Monday", in: "The talks, set to resume Monday, were delayed.") == "2025-01-27")
    }

    @Test func yearsMonthsAndDecades() {
        let year = time("2023", in: "Trade reached $240bn in 2023.")
        #expect(year?.value == "2023")
        #expect(year?.days == days(day(2023, 1, 1), day(2023, 12, 31)))
        let month = time("February 2022", in: "The war began in February 2022.")
        #expect(month?.value == "2022-02")
        #expect(month?.days == days(day(2022, 2, 1), day(2022, 2, 28)))
        let decade = time("the 1990s", in: "Ties frayed in the 1990s.")
        #expect(decade?.value == "199")
        #expect(decade?.days == days(day(1990, 1, 1), day(1999, 12, 31)))
        let century = time("the 1300s", in: "The chapel was built in the 1300s.")
        #expect(century?.value == "13")
        #expect(century?.days == days(day(1300, 1, 1), day(1399, 12, 31)))
        #expect(value("the 1800s", in: "Mills lined the river in the 1800s.") == "18")
        // The hundred the document (2025) is written in keeps its decade.
        #expect(value("the 2000s", in: "Rents doubled in the 2000s.") == "200")
        #expect(value("March", in: "Elections are due in March.") == "2025-03")
        #expect(value("last January", in: "Prices fell last January.") == "2024-01")
        #expect(times("It sent 2000 troops and spent $2023.").isEmpty)
    }

    // MARK: Relative dates

    @Test func deicticDays() {
        #expect(value("today", in: "Xi and Putin spoke today.") == "2025-01-22")
        #expect(value("yesterday", in: "They met yesterday.") == "2025-01-21")
        #expect(value("tomorrow", in: "They meet tomorrow.") == "2025-01-23")
        #expect(value("two days ago", in: "He arrived two days ago.") == "2025-01-20")
    }

    @Test func weeksMonthsAndYears() {
        let lastWeek = time("last week", in: "Xi spoke to Trump last week.")
        #expect(lastWeek?.value == "2025-W03")
        #expect(lastWeek?.days == days(day(2025, 1, 13), day(2025, 1, 19)))
        #expect(value("this week", in: "More talks follow this week.") == "2025-W04")
        #expect(value("next week", in: "More talks follow next week.") == "2025-W05")
        #expect(value("a week ago", in: "It began a week ago.") == "2025-W03")
        #expect(value("last month", in: "Exports fell last month.") == "2024-12")
        #expect(value("next month", in: "Exports may rise next month.") == "2025-02")
        #expect(value("this year", in: "Growth will slow this year.") == "2025")
        let lastYear = time("last year", in: "Growth slowed last year.")
        #expect(lastYear?.value == "2024")
        #expect(lastYear?.days == days(day(2024, 1, 1), day(2024, 12, 31)))
        #expect(value("last weekend", in: "Protests grew last weekend.") == "2025-W03-WE")
    }

    @Test func vagueReferences() {
        #expect(value("recently", in: "She recently said so.") == "PAST_REF")
        #expect(value("now", in: "Both sides now agree.") == "PRESENT_REF")
        #expect(value("currently", in: "He is currently abroad.") == "PRESENT_REF")
        #expect(value("the coming weeks", in: "A deal may come in the coming weeks.") == "FUTURE_REF")
        #expect(value("soon", in: "They will meet soon.") == "FUTURE_REF")
        #expect(time("recently", in: "She recently said so.")?.days == nil)
    }

    @Test func thePastYearIsThePreviousCalendarYear() {
        #expect(value("the past year", in: "Hate crimes rose over the past year.") == "2024")
        #expect(value("the last week", in: "She has been abroad for the last week.") == "2025-W03")
        #expect(value("the coming month", in: "Talks resume in the coming month.") == "2025-02")
        #expect(value("the past three years", in: "Prices doubled over the past three years.") == "P3Y")
    }

    @Test func currentAndRecentAsAdjectivesAreReferences() {
        #expect(value("current", in: "The current slump worried traders.") == "PRESENT_REF")
        #expect(value("recent", in: "It cited a recent filing.") == "PAST_REF")
        #expect(value("the current quarter", in: "Sales fell in the current quarter.") != "PRESENT_REF")
        #expect(times("The current account deficit grew.").allSatisfy { $0.text != "current" })
    }

    @Test func unitsLaterIsNoTenseCue() {
        // Wednesday document: "later" after "three days" does not make the clause future.
        #expect(value("Friday", in: "Three days later, as of Friday's close, the index was down.") == "2025-01-17")
    }

    @Test func soonInATemporalConnectiveIsNoReference() {
        #expect(times("The envoys will leave as soon as the talks end.").isEmpty)
        #expect(times("The mayor resigned soon after the vote.").isEmpty)
        #expect(value("soon", in: "The envoys will leave soon.") == "FUTURE_REF")
    }

    @Test func aReportingYearEndedOnADateIsALength() {
        let ended = time("the year", in: "Profit doubled in the year ended June 30.")
        #expect(ended?.type == .duration)
        #expect(ended?.value == "P1Y")
        #expect(value("the fiscal year", in: "Sales rose in the fiscal year ending March 31.") == "P1Y")
        #expect(value("the fiscal year", in: "Sales should rise throughout the fiscal year.") == "2025")
    }

    // MARK: Weekdays

    @Test func bareWeekdaysAreThePastDayByDefault() {
        #expect(value("Friday", in: "Xi spoke to Trump on Friday.") == "2025-01-17")
        #expect(value("Monday", in: "The ministers met on Monday.") == "2025-01-20")
        #expect(value("Tuesday", in: "Tuesday's call was long.") == "2025-01-21")
        #expect(value("Wednesday", in: "Officials said on Wednesday that talks went well.") == "2025-01-22")
        let friday = time("Friday", in: "Xi spoke to Trump on Friday.")
        #expect(friday?.days == days(day(2025, 1, 17), day(2025, 1, 17)))
    }

    @Test func futureMarkedWeekdaysLookAhead() {
        #expect(value("Friday", in: "The leaders will meet on Friday.") == "2025-01-24")
        #expect(value("Friday", in: "The talks, which will be held on Friday, matter.") == "2025-01-24")
        #expect(value("Friday", in: "On Friday, Xi will travel to Moscow.") == "2025-01-24")
        #expect(value("Monday", in: "The envoy is to arrive on Monday.") == "2025-01-27")
        #expect(value("Friday", in: "Xi, who spoke to Trump on Friday, will travel.") == "2025-01-17")
    }

    @Test func qualifiedWeekdays() {
        #expect(value("last Friday", in: "They met last Friday.") == "2025-01-17")
        #expect(value("next Friday", in: "They meet next Friday.") == "2025-01-24")
        #expect(value("this Friday", in: "They meet this Friday.") == "2025-01-24")
        #expect(value("last Wednesday", in: "They met last Wednesday.") == "2025-01-15")
        #expect(value("Tuesday, January 21", in: "They spoke on Tuesday, January 21, at length.") == "2025-01-21")
    }

    @Test func onTuesdayLeavesThePrepositionOut() {
        let tuesday = time("Tuesday", in: "The two leaders held a video call on Tuesday.")
        #expect(tuesday?.value == "2025-01-21")
        #expect(tuesday?.days == days(day(2025, 1, 21), day(2025, 1, 21)))
    }

    @Test func lastWeekAndOnFridayAgree() {
        let week = time("last week", in: "Xi spoke to Trump last week.")?.days
        let friday = time("Friday", in: "Xi spoke to Trump on Friday.")?.days
        guard let week, let friday else { return }
        #expect(week.relation(to: friday) == .overlapping)
    }

    // MARK: Times of day

    @Test func timesOfDay() {
        let morning = time("Tuesday morning", in: "They spoke on Tuesday morning.")
        #expect(morning?.type == .time)
        #expect(morning?.value == "2025-01-21TMO")
        #expect(morning?.days == days(day(2025, 1, 21), day(2025, 1, 21)))
        #expect(value("3 p.m.", in: "The call began at 3 p.m. local time.") == "2025-01-22T15:00")
        #expect(value("10:30", in: "It ended at 10:30 sharp.") == "2025-01-22T10:30")
        #expect(value("tonight", in: "He speaks tonight.") == "2025-01-22TNI")
        #expect(value("last night", in: "Shelling resumed last night.") == "2025-01-21TNI")
        #expect(value("1200 GMT", in: "Markets shut at 1200 GMT.") == "2025-01-22T12:00")
    }

    // MARK: Durations

    @Test func durations() {
        let call = time("an hour and 35 minutes", in: "The call lasted an hour and 35 minutes.")
        #expect(call?.type == .duration)
        #expect(call?.value == "PT1H35M")
        #expect(call?.days == nil)
        #expect(value("one-and-a-half hours", in: "It lasted about one-and-a-half hours.") == "PT1H30M")
        #expect(value("three days", in: "The summit ran three days.") == "P3D")
        #expect(value("two weeks", in: "She stayed two weeks.") == "P2W")
        #expect(value("90 minutes", in: "The meeting took 90 minutes.") == "PT90M")
        #expect(value("a year", in: "The ban lasts a year.") == "P1Y")
        #expect(value("three-day", in: "A three-day visit began.") == "P3D")
        #expect(value("the past three years", in: "Prices doubled over the past three years.") == "P3Y")
        #expect(value("the past five years", in: "Output grew in the past five years.") == "P5Y")
        let forCall = time("an hour and 35 minutes", in: "They talked for an hour and 35 minutes.")
        #expect(forCall?.type == .duration)
        #expect(forCall?.value == "PT1H35M")
    }

    // MARK: Periods, seasons, holidays

    @Test func theYearAndTheWeekendAreTheDocumentsOwn() {
        #expect(value("the year", in: "Sales rose 5% in the year.") == "2025")
        #expect(times("It was the year before the war.").allSatisfy { $0.text != "the year" })
        // A Wednesday: the weekend just past, or the coming one in a future-marked clause.
        #expect(value("the weekend", in: "Crowds gathered over the weekend.") == "2025-W03-WE")
        #expect(value("the weekend", in: "Crowds will gather over the weekend.") == "2025-W04-WE")
        #expect(value("these days", in: "Few call these days.") == "PRESENT_REF")
    }

    @Test func partsOfMonthsYearsAndDecades() {
        #expect(value("mid-November", in: "Results came in mid-November.") == "2024-11")
        #expect(value("mid-1996", in: "The group split in mid-1996.") == "1996")
        #expect(value("the mid-1980s", in: "Prices peaked in the mid-1980s.") == "198")
        #expect(value("late 1990s", in: "Prices peaked in the late 1990s.") == "199")
    }

    @Test func vagueDurations() {
        #expect(value("decades", in: "They have quarrelled for decades.") == "PXDE")
        #expect(value("hours", in: "After hours of talks, they agreed.") == "PTXH")
        #expect(value("several days", in: "It took several days to count.") == "PXD")
        #expect(times("Decades of neglect showed.").map(\.value) == ["PXDE"])
    }

    @Test func inRecentMonthsIsAPastReference() {
        let recent = time("recent months", in: "In recent months trade grew.")
        #expect(recent?.type == .date)
        #expect(recent?.value == "PAST_REF")
        #expect(value("recent years", in: "Prices rose in recent years.") == "PAST_REF")
    }

    @Test func theLastFewUnitsAreVagueLengths() {
        #expect(value("the past few weeks", in: "Talks stalled over the past few weeks.") == "PXW")
        #expect(value("the next several days", in: "A reply is due in the next several days.") == "PXD")
    }

    @Test func decadesAndCenturiesOfKnownLengthAreWrittenInYears() {
        #expect(value("two decades", in: "The feud lasted two decades.") == "P20Y")
        #expect(value("the past century", in: "Sea levels rose over the past century.") == "P100Y")
    }

    @Test func aRateIsNotADuration() {
        #expect(times("The fund pays $3bn a year.").isEmpty)
    }

    // MARK: Sets

    @Test func recurrences() {
        let weekly = time("every week", in: "The envoys talk every week.")
        #expect(weekly?.type == .set)
        #expect(weekly?.value == "P1W")
        #expect(value("daily", in: "They speak daily.") == "P1D")
        #expect(value("weekly", in: "A weekly call.") == "P1W")
        #expect(value("every Monday", in: "They meet every Monday.") == "XXXX-WXX-1")
        #expect(value("twice a year", in: "Summits happen twice a year.") == "P1Y")
        #expect(value("every two weeks", in: "Reports come every two weeks.") == "P2W")
        #expect(times("China Daily reported it.").isEmpty)
    }

    // MARK: Undated articles

    @Test func undatedArticlesLeaveRelativeExpressionsUnresolved() {
        let text = "Xi spoke to Trump on Friday and last week, on Jan. 21, in 2023 and two days ago."
        let found = times(text, dated: false)
        #expect(found.map(\.value) == ["XXXX-WXX-5", "XXXX-WXX", "XXXX-01-21", "2023", "PAST_REF"])
        #expect(found.map(\.resolved) == [false, false, false, true, false])
        #expect(found[0].days == nil)
        #expect(found[3].days == days(day(2023, 1, 1), day(2023, 12, 31)))
        #expect(value("21 January 2025", in: "It happened on 21 January 2025.", dated: false) == "2025-01-21")
        #expect(value("Tuesday morning", in: "It began Tuesday morning.", dated: false) == "XXXX-WXX-2TMO")
        #expect(value("yesterday", in: "It began yesterday.", dated: false) == "PAST_REF")
    }

    // MARK: Whole texts

    @Test func outputIsOrderedAndNonOverlapping() {
        let text = "“On Friday,” Ushakov said, Xi spoke for an hour and 35 minutes; last week in 2023 — every week."
        let found = times(text)
        #expect(found.map(\.text) == ["Friday", "an hour and 35 minutes", "last week", "2023", "every week"])
        for (earlier, later) in zip(found, found.dropFirst()) { #expect(earlier.span.end <= later.span.start) }
        let buffer = TextBuffer(text)
        for expression in found { #expect(buffer.text(of: expression.span) == expression.text) }
    }
}
