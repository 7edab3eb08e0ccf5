import Testing

@testable import ParallaxCore

@Suite struct NumericDateRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String, dated: Bool = true) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil).map { "\($0.text)=\($0.value)" }
    }

    @Test func fullNumericDates() {
        #expect(found("The form is dated 03/14/2020.") == ["03/14/2020=2020-03-14"])
        #expect(found("The form is dated 14/03/2020.") == ["14/03/2020=2020-03-14"])
        #expect(found("The form is dated 14/03/20.") == ["14/03/20=2020-03-14"])
        #expect(found("The form is dated 2020/03/14.") == ["2020/03/14=2020-03-14"])
        #expect(found("The form is dated 3-14-98.") == ["3-14-98=1998-03-14"])
        #expect(found("The form is dated 14.3.2020.") == ["14.3.2020=2020-03-14"])
    }

    @Test func monthAndDayAfterACue() {
        #expect(found("The bakery opens on 7/4.") == ["7/4=2021-07-04"])
        #expect(found("The bakery opens on 24/7.") == ["24/7=2021-07-24"])
        #expect(found("The bakery opens Friday 7/4.").contains { $0.hasSuffix("7/4=2021-07-04") })
        #expect(found("The bakery opens on 7/4.", dated: false) == ["7/4=XXXX-07-04"])
    }

    @Test func fractionsScoresAndDecimalsStayNumbers() {
        #expect(found("About 3/4 of the flour is gone.").isEmpty)
        #expect(found("The team won 3/4 games.").isEmpty)
        #expect(found("They won after a 2-1 game.").isEmpty)
        #expect(found("The index rose 4.22 points.").isEmpty)
        #expect(found("Version 1.2.3 shipped.").isEmpty)
    }
}
