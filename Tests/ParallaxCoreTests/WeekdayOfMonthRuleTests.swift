import Testing

@testable import ParallaxCore

@Suite struct WeekdayOfMonthRuleTests {
    let recognizer = PatternTimeRecognizer()
    /// A Thursday.
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String, dated: Bool = true) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil).map { "\($0.text)=\($0.value)" }
    }

    @Test func weekdayWithItsDayOfTheMonth() {
        #expect(found("The show opened on Saturday the 5th.") == ["Saturday the 5th=2021-06-05"])
        #expect(found("The show opened on saturday the fifth.") == ["saturday the fifth=2021-06-05"])
        #expect(found("The show opens Friday the 13th.") == ["Friday the 13th=2021-08-13"])
        #expect(found("The show opened on Saturday the 5th.", dated: false) == ["Saturday the 5th=XXXX-XX-05"])
    }

    @Test func nthWeekdayOfAMonth() {
        #expect(found("Voting will be on the first Tuesday of November.") == ["the first Tuesday of November=2021-11-02"])
        #expect(found("Voting is on the second monday of next month.") == ["the second monday of next month=2021-07-12"])
        #expect(found("Voting was on the first Tuesday in this month.") == ["the first Tuesday in this month=2021-06-01"])
    }
}
