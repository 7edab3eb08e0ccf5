import Testing

@testable import ParallaxCore

@Suite struct PeriodModifierRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate).map { "\($0.text)=\($0.value)" }
    }

    @Test func modifiersJoinTheDate() {
        #expect(found("The plant reopens early next year.") == ["early next year=2022"])
        #expect(found("The plant reopened in late March.") == ["late March=2021-03"])
        #expect(found("The plant reopens later this month.") == ["later this month=2021-06"])
        #expect(found("The plant reopens at the end of 2022.") == ["the end of 2022=2022"])
        #expect(found("The plant reopens at the beginning of next week.") == ["the beginning of next week=2021-W24"])
    }

    @Test func comparativesNeedADeicticPeriod() {
        #expect(found("The plant reopened later in March.") == ["March=2021-03"])
        #expect(found("The end of the line came.").isEmpty)
    }
}
