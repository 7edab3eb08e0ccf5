import Testing

@testable import ParallaxCore

@Suite struct LowercaseWeekdayRuleTests {
    let recognizer = PatternTimeRecognizer()
    /// A Thursday.
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String, dated: Bool = true) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil).map { "\($0.text)=\($0.value)" }
    }

    @Test func lowercaseAndAbbreviatedWeekdays() {
        #expect(found("we met on tuesday") == ["tuesday=2021-06-08"])
        #expect(found("we met on tues") == ["tues=2021-06-08"])
        #expect(found("see you next mon") == ["next mon=2021-06-14"])
        #expect(found("see you friday morning", dated: false) == ["friday morning=XXXX-WXX-5TMO"])
    }

    @Test func aWrittenDateAfterTheWeekdayWins() {
        #expect(found("see you wed, 16 of june") == ["wed, 16 of june=2021-06-16"])
    }

    @Test func abbreviationsNeedACue() {
        #expect(found("He sat down.").isEmpty)
        #expect(found("The Sun reported it.").isEmpty)
    }
}
