import Testing

@testable import ParallaxCore

@Suite struct DurationShiftRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String, dated: Bool = true) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil).map { "\($0.text)=\($0.value)" }
    }

    @Test func compoundLengthsAgo() {
        #expect(found("The bridge closed 1 month 5 days ago.") == ["1 month 5 days ago=2021-05-05"])
        #expect(found("The bridge closed 1 year and 2 days ago.") == ["1 year and 2 days ago=2020-06-08"])
    }

    @Test func vagueLengthsAgo() {
        #expect(found("The bridge closed a few days ago.") == ["a few days ago=PAST_REF"])
        #expect(found("The bridge closed several years ago.") == ["several years ago=PAST_REF"])
    }

    @Test func lengthsFromANamedDay() {
        #expect(found("The bridge opens two weeks from now.") == ["two weeks from now=2021-06-24"])
        #expect(found("The bridge opens three days from tomorrow.") == ["three days from tomorrow=2021-06-14"])
        #expect(found("The bridge closed two days before yesterday.") == ["two days before yesterday=2021-06-07"])
        #expect(found("The bridge opens two weeks from now.", dated: false) == ["two weeks from now=FUTURE_REF"])
    }

    @Test func laterIsLeftToTheLength() {
        #expect(found("Three days later the bridge opened.") == ["Three days=P3D"])
    }

    @Test func monthArithmeticKeepsTheMonthEnd() {
        let shifted = DurationShiftRule.shift(
            CalendarDate(year: 2021, month: 3, day: 31)!, by: (0, 1, 0), direction: -1)
        #expect(shifted == CalendarDate(year: 2021, month: 2, day: 28))
    }
}
