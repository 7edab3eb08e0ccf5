import Testing

@testable import ParallaxCore

/// Forms the TimeML recognizer reads since the TimeBank error review of session 6: days named from
/// other days, holidays' weeks, spelled years after a season, quarters as lengths, hyphenated
/// lengths, clock times placed on their sentence's day, and the tense cues that place weekdays.
@Suite struct TimeAnchoringTests {
    let recognizer = PatternTimeRecognizer()
    /// A Wednesday.
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    /// `text → value` of every expression, in order.
    func found(_ text: String) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate).map { "\($0.text) → \($0.value)" }
    }

    @Test func aQualifiedMonthKeepsItsDay() {
        #expect(found("He was shot last Oct. 23 at home.") == ["last Oct. 23 → 2024-10-23"])
        #expect(found("The vote is next June 5.") == ["next June 5 → 2025-06-05"])
        // The same day of the month a year back: "last Jan. 22" on Jan. 22 is a year before.
        #expect(found("It opened last Jan. 22.") == ["last Jan. 22 → 2024-01-22"])
    }

    @Test func daysNamedFromAWrittenDay() {
        #expect(found("The day before last Tuesday's hearing, he met Reno.") == ["The day before last Tuesday → 2025-01-20"])
        #expect(found("It reopened the day after Jan. 5.") == ["the day after Jan. 5 → 2025-01-06"])
        #expect(found("A hearing is set for the week of March 6.") == ["the week of March 6 → 2025-W10"])
        // "the day before the crash" names no day: only what the rules read alone.
        #expect(found("The day before the crash, he left.").isEmpty)
    }

    @Test func aHolidayWeekIsTheWeekHoldingIt() {
        // Easter 2025 is Sunday, April 20: ISO week 16.
        #expect(found("Protesters prayed as Easter week began in April 2025.").first == "Easter week → 2025-W16")
    }

    @Test func aSeasonTakesASpokenYear() {
        #expect(found("prices we saw in the winter of nineteen ninety-four") == ["the winter of nineteen ninety-four → 1994-WI"])
    }

    @Test func reportingPhrasesOfAYearBefore() {
        // The latest quarter ended by the document date (2024-Q4), a year before.
        #expect(found("For the quarter a year ago, it earned $3.") == ["the quarter a year ago → 2023-Q4"])
        #expect(found("Rules should be in place by year's end.") == ["year's end → 2025"])
        // No quarter named before: the calendar quarter most of it falls in.
        #expect(found("In the quarter ended July 31, sales rose.").first == "the quarter → 2024-Q2")
        #expect(found("It lost money in the first two quarters of 1990.") == ["the first two quarters of 1990 → 1990-H1"])
    }

    @Test func lengthsInQuartersAndHyphenatedLengths() {
        #expect(found("Costs spread over the next three quarters.") == ["the next three quarters → P9M"])
        #expect(found("About three quarters of voters agreed.").isEmpty)
        #expect(found("after a several-year tenure") == ["several-year → PXY"])
        #expect(found("their third day-long meeting") == ["day-long → P1D"])
        #expect(found("a decades-long battle") == ["decades-long → PXDE"])
        #expect(found("Eight trading days after the drop, it rose.") == ["Eight trading days → P8D"])
        #expect(found("It grew for the first time in years.") == ["years → PXY"])
    }

    @Test func partsOfTheDayAndPrefixedYears() {
        #expect(found("In London at mid-afternoon yesterday, shares rose.") == ["mid-afternoon yesterday → 2025-01-21TAF"])
        #expect(found("By mid afternoon, sources said so.") == ["mid afternoon → 2025-01-22TAF"])
        #expect(found("the post-1959 politics") == ["post-1959 → 1959"])
    }

    @Test func aClockTimeTakesItsSentencesDay() {
        #expect(
            found("The blast occurred at 10:35 a.m. (0735 GMT) Friday, toppling a building.")
                == ["10:35 a.m. → 2025-01-17T10:35", "0735 GMT → 2025-01-17T07:35", "Friday → 2025-01-17"])
        #expect(
            found("He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.")
                == ["4 in the morning → 2025-01-23T04:00", "4 a.m. EDT Thursday → 2025-01-23T04:00"])
        // Another sentence's day does not count.
        #expect(found("It happened Friday. The blast came at 10 a.m.") == ["Friday → 2025-01-17", "10 a.m. → 2025-01-22T10:00"])
    }

    @Test func tenseCuesForWeekdays() {
        #expect(found("Officials postponed until Tuesday any action.") == ["Tuesday → 2025-01-28"])
        #expect(found("Until Tuesday, they had not called him a suspect.") == ["Tuesday → 2025-01-21"])
        #expect(found("On Friday, when she set aside vacation plans for the trip, officials spoke.") == ["Friday → 2025-01-17"])
        #expect(found("Protesters were planning to drive around the airport on Monday.") == ["Monday → 2025-01-27"])
        #expect(found("A bomb ripped through a building next to the embassy Friday morning.") == ["Friday morning → 2025-01-17TMO"])
        #expect(found("Traders squared positions ahead of the weekend.") == ["the weekend → 2025-W04-WE"])
    }
}
