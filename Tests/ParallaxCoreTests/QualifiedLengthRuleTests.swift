import Testing

@testable import ParallaxCore

@Suite struct QualifiedLengthRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2021, month: 6, day: 10)

    func found(_ text: String) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate).map { "\($0.text)=\($0.value)" }
    }

    @Test func qualifierJoinsTheLength() {
        #expect(found("Past 20 years have been calm.") == ["Past 20 years=P20Y"])
        #expect(found("Rain is due over next 3 days.") == ["next 3 days=P3D"])
        #expect(found("Sales fell in previous few weeks.") == ["previous few weeks=PXW"])
        #expect(found("Sales fell over past month.") == ["past month=P1M"])
    }

    @Test func singleUnitsAfterNextAndLastStayPeriods() {
        #expect(found("Sales fell last month.") == ["last month=2021-05"])
    }
}
