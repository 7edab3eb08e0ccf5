import Testing

@testable import ParallaxCore

@Suite struct MonthYearRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String, dated: Bool = true) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil).map { "\($0.text)=\($0.value)" }
    }

    @Test func namedMonthWithYear() {
        #expect(found("The shop reopened in october 2019.") == ["october 2019=2019-10"])
        #expect(found("The shop reopened in October, 2019.") == ["October, 2019=2019-10"])
        #expect(found("The shop reopened in 2019 October.") == ["2019 October=2019-10"])
        #expect(found("Rents rose in 2019, oct.") == ["2019, oct.=2019-10"])
        #expect(found("The board weighed it in August of 2017 and again later.") == ["August of 2017=2017-08"])
    }

    @Test func numericMonthAndYear() {
        #expect(found("Figures for 10/2019 were late.") == ["10/2019=2019-10"])
        #expect(found("Figures for 2019/10 were late.") == ["2019/10=2019-10"])
        #expect(found("Figures for 10 - 2019 were late.") == ["10 - 2019=2019-10"])
    }

    @Test func theMonthOf() {
        #expect(found("The fair runs for the month of February.") == ["the month of February=2021-02"])
        #expect(found("The fair ran in the month of February, 2020.") == ["the month of February, 2020=2020-02"])
        #expect(found("The fair runs for the month of February.", dated: false) == ["the month of February=XXXX-02"])
    }

    @Test func namesAfterACommaStayNames() {
        #expect(found("In 2019, May said the talks were over.") == ["2019=2019"])
    }
}
