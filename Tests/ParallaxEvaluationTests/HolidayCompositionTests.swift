import Testing
@testable import ParallaxCore
@testable import ParallaxEvaluation

/// Holidays in the Recognizers-Text convention: any case, a year linked with "of".
@Suite struct HolidayCompositionTests {
    let documentDate = CalendarDate(year: 1999, month: 12, day: 1)

    @Test func recognizersTextLinksTheYearWithOf() {
        let composite = PatternTimeRecognizer(convention: .recognizersText)
        let found = composite.times(in: TokenizedText("see you on mother's day of next year"), documentDate: documentDate)
        #expect(found.map(\.text) == ["mother's day of next year"])
        #expect(found.first?.value == "2000-05-14")
    }
}
