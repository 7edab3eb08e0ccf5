import Testing

@testable import ParallaxCore

@Suite struct ReportingPeriodRuleTests {
    let recognizer = PatternTimeRecognizer()
    /// A Thursday in the fourth quarter.
    let documentDate = CalendarDate(year: 1989, month: 10, day: 26)

    func values(_ text: String, dated: Bool = true) -> [String: String] {
        var result: [String: String] = [:]
        for time in recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil) {
            result[time.text] = time.value
        }
        return result
    }

    @Test func theQuarterIsTheQuarterLastNamed() {
        let found = values("Net rose in the third quarter. The quarter's sales fell; the latest quarter was weak.")
        #expect(found["the third quarter"] == "1989-Q3")
        #expect(found["The quarter"] == "1989-Q3")
        #expect(found["the latest quarter"] == "1989-Q3")
    }

    @Test func aQuarterStillToComeIsNoReportingPeriod() {
        let found = values("The company expects a fourth-quarter charge. In the latest quarter, profit fell.")
        #expect(found["the latest quarter"] == "1989-Q3")
    }

    @Test func theCurrentQuarterIsTheDocumentsOwn() {
        let found = values("Net rose in the second quarter, and the current quarter has begun well.")
        #expect(found["the second quarter"] == "1989-Q2")
        #expect(found["the current quarter"] == "1989-Q4")
    }

    @Test func aYearEarlierIsTheSamePeriodAYearBack() {
        let found = values(
            "Profit in the second quarter was $5 million, up from $4 million a year earlier. Year-earlier sales were flat, and the year-ago quarter was weak."
        )
        #expect(found["the second quarter"] == "1989-Q2")
        #expect(found["a year earlier"] == "1988-Q2")
        #expect(found["Year-earlier"] == "1988-Q2")
        #expect(found["the year-ago quarter"] == "1988-Q2")
        #expect(values("Profit in the third quarter rose from a year ago.")["a year ago"] == "1988-Q3")
    }

    @Test func withoutAQuarterTheFallbacksUseTheDates() {
        #expect(values("Sales rose in the quarter.")["the quarter"] == "1989-Q3")
        #expect(values("Sales rise this quarter.")["this quarter"] == "1989-Q4")
        #expect(values("Sales rose a year ago.")["a year ago"] == "1988")
        #expect(values("He left on March 3, 1987, and returned a year earlier.")["a year earlier"] == "1986-03-03")
        #expect(values("The plant opened in 1980. Two years earlier it was a farm.")["Two years earlier"] == "1978")
        #expect(values("Net rose in the 1988 period.")["the 1988 period"] == "1988")
    }

    @Test func quartersWithAYearBeforeThem() {
        let found = values("Net in the 1988 third quarter trailed this year's third quarter and last year's fourth quarter.")
        #expect(found["the 1988 third quarter"] == "1988-Q3")
        #expect(found["this year's third quarter"] == "1989-Q3")
        #expect(found["last year's fourth quarter"] == "1988-Q4")
    }

    @Test func undatedArticlesKeepPlaceholders() {
        #expect(values("Sales rose in the quarter.", dated: false)["the quarter"] == "XXXX-QX")
        #expect(values("Sales rose a year earlier.", dated: false)["a year earlier"] == "XXXX")
    }
}
