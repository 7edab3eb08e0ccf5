import Testing

@testable import ParallaxCore

@Suite struct SpokenYearRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 1999, month: 3, day: 10)

    func times(_ text: String) -> [TimeExpression] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate)
    }

    func value(_ phrase: String, in text: String) -> String? {
        times(text).first { $0.text == phrase }?.value
    }

    @Test func centuryAndTensWordsAreAYear() {
        #expect(value("nineteen ninety-six", in: "The plant closed in nineteen ninety-six.") == "1996")
        #expect(value("nineteen seventy nine", in: "She left home in nineteen seventy nine.") == "1979")
        #expect(value("nineteen oh five", in: "The bridge opened in nineteen oh five.") == "1905")
        #expect(value("nineteen twelve", in: "The ship sailed in nineteen twelve.") == "1912")
    }

    @Test func aMonthBeforeASpokenYearNamesTheMonth() {
        let text = "The law passed in January nineteen ninety-seven."
        #expect(value("January nineteen ninety-seven", in: text) == "1997-01")
    }

    @Test func twoThousandIsAYearOnlyAfterTheYear() {
        #expect(value("the year two thousand", in: "Few planned for the year two thousand.") == "2000")
        #expect(value("the year two thousand and one", in: "Work ends in the year two thousand and one.") == "2001")
        #expect(times("Two thousand people marched.").isEmpty)
    }

    @Test func countsAreNotYears() {
        #expect(times("Nineteen hundred soldiers crossed.").isEmpty)
        #expect(times("Nineteen delegates voted.").isEmpty)
    }
}
