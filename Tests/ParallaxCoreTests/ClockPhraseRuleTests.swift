import Testing

@testable import ParallaxCore

@Suite struct ClockPhraseRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String, dated: Bool = true) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil).map { "\($0.text)=\($0.value)" }
    }

    @Test func digitsWithSecondsAndShortMeridiems() {
        #expect(found("The alarm rang at 06:15:40 sharp.") == ["06:15:40=2021-06-10T06:15:40"])
        #expect(found("The alarm rang at 6:15:40 pm sharp.") == ["6:15:40 pm=2021-06-10T18:15:40"])
        #expect(found("The alarm rang at 6:15pm sharp.") == ["6:15pm=2021-06-10T18:15"])
        #expect(found("The alarm rang at 615pm sharp.") == ["615pm=2021-06-10T18:15"])
        #expect(found("The alarm rang at 6 p m sharp.") == ["6 p m=2021-06-10T18:00"])
        #expect(found("The alarm rang at 6:15pm sharp.", dated: false) == ["6:15pm=XXXX-XX-XXT18:15"])
    }

    @Test func oclockAndWords() {
        #expect(found("The bells ring at nine o'clock.") == ["nine o'clock=2021-06-10T09:00"])
        #expect(found("The bells ring at 9 o'clock.") == ["9 o'clock=2021-06-10T09:00"])
        #expect(found("The bells ring at nine forty pm.") == ["nine forty pm=2021-06-10T21:40"])
    }

    @Test func beforeAndAfterTheHour() {
        #expect(found("The ferry left at half past nine.") == ["half past nine=2021-06-10T09:30"])
        #expect(found("The ferry left at a quarter to nine.") == ["a quarter to nine=2021-06-10T08:45"])
        #expect(found("The ferry left at 25 minutes past 9pm.") == ["25 minutes past 9pm=2021-06-10T21:25"])
        #expect(found("The ferry left at ten past six in the evening.") == ["ten past six in the evening=2021-06-10T18:10"])
    }

    @Test func partsOfTheDay() {
        #expect(found("The ferry left at 9 in the evening.") == ["9 in the evening=2021-06-10T21:00"])
        #expect(found("The ferry left at 9 in the morning.") == ["9 in the morning=2021-06-10T09:00"])
    }

    @Test func countsAndBareNumbersAreNotTimes() {
        #expect(found("The home side won 3 to 2.").isEmpty)
        #expect(found("Prices rose from 10 to 12 dollars.").isEmpty)
        #expect(found("Seven thirty-somethings joined.").isEmpty)
        #expect(found("We meet at 7 with friends.").isEmpty)
    }
}
