import Testing

@testable import ParallaxCore

@Suite struct LowercaseDateRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String, dated: Bool = true) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil).map { "\($0.text)=\($0.value)" }
    }

    @Test func lowercaseMonthsWithADay() {
        #expect(found("see you august 3") == ["august 3=2021-08-03"])
        #expect(found("see you 3rd aug") == ["3rd aug=2021-08-03"])
        #expect(found("see you 3rd of aug") == ["3rd of aug=2021-08-03"])
        #expect(found("see you august 3, 2022") == ["august 3, 2022=2022-08-03"])
        #expect(found("see you 3 august 2022") == ["3 august 2022=2022-08-03"])
    }

    @Test func hyphenJoinedMonthAndDay() {
        #expect(found("see you aug-3") == ["aug-3=2021-08-03"])
        #expect(found("see you 3-aug") == ["3-aug=2021-08-03"])
        #expect(found("see you 2022-aug-3") == ["2022-aug-3=2022-08-03"])
        #expect(found("see you aug-3", dated: false) == ["aug-3=XXXX-08-03"])
    }

    @Test func verbsStayVerbs() {
        #expect(found("the prices may 2 times rise").allSatisfy { !$0.hasPrefix("may") })
        #expect(found("we see the unions march 5 abreast").isEmpty)
        #expect(found("see you on may 5") == ["may 5=2021-05-05"])
    }
}
