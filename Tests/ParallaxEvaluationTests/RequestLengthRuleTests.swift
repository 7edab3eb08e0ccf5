import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// Request-style lengths of time, read only in the Recognizers-Text convention.
@Suite struct RequestLengthRuleTests {
    let composite = PatternTimeRecognizer(convention: .recognizersText)
    let atomic = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func found(_ text: String, _ recognizer: PatternTimeRecognizer? = nil) -> [String] {
        (recognizer ?? composite).times(in: TokenizedText(text), documentDate: documentDate).map {
            "\($0.text)=\($0.value)"
        }
    }

    @Test func unitsGluedToTheNumberAreLengths() {
        #expect(found("The backup took 4h overall.") == ["4h=PT4H"])
        #expect(found("Rent the van for 2day.") == ["2day=P2D"])
        #expect(found("The loan runs 1.5years.") == ["1.5years=P1Y6M"])
        #expect(found("Boil it for 12-minutes.") == ["12-minutes=PT12M"])
        #expect(found("The drive is 6 h long.") == ["6 h=PT6H"])
    }

    @Test func wholeUnitIsOneOfIt() {
        #expect(found("The clinic was closed all day.") == ["all day=P1D"])
        #expect(found("We trained full-week.") == ["full-week=P1W"])
        #expect(found("They waited a whole month.") == ["whole month=P1M"])
        #expect(found("The clinic was closed all day.", atomic).isEmpty)
    }

    @Test func anotherUnitIsOneMore() {
        #expect(found("Stay for another hour.") == ["another hour=PT1H"])
        #expect(found("Give it another business day.") == ["another business day=P1BD"])
    }

    @Test func coupleIsTwoAndVagueAmountsAreThree() {
        #expect(found("The repairs need a couple of weeks.") == ["a couple of weeks=P2W"])
        #expect(found("We talked for some days.") == ["some days=P3D"])
        #expect(found("It rained for several hours.") == ["several hours=PT3H"])
        #expect(found("It rained for several hours.", atomic) == ["several hours=PTXH"])
    }

    @Test func halfUnitAfterAnArticle() {
        #expect(found("Allow a half hour for it.") == ["a half hour=PT30M"])
    }

    @Test func stepWordLeadsGluedAndVagueLengths() {
        #expect(found("Nothing changed in the previous 5mins.").contains("previous 5mins=PT5M"))
        #expect(found("It may rain next few days.").contains { $0.hasPrefix("next few days=") })
    }

    @Test func hourAndHalfWithoutArticle() {
        #expect(found("The trip takes an hour and half.") == ["an hour and half=PT1H30M"])
        #expect(found("The trip takes an hour and half.", atomic) == ["an hour and half=PT1H30M"])
    }
}
