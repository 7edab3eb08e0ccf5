import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// A day and a part of it named apart, joined in the Recognizers-Text convention.
@Suite struct DayPartCompositionTests {
    let composite = PatternTimeRecognizer(convention: .recognizersText)
    let atomic = PatternTimeRecognizer()
    /// A Wednesday.
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func texts(_ text: String, _ recognizer: PatternTimeRecognizer) -> [String] {
        recognizer.times(in: TokenizedText(text), documentDate: documentDate).map(\.text)
    }

    func value(_ text: String) -> String? {
        composite.times(in: TokenizedText(text), documentDate: documentDate).first?.value
    }

    @Test func dayThenPartJoin() {
        #expect(texts("We fly out Thursday in the evening.", composite) == ["Thursday in the evening"])
        let day = composite.times(in: TokenizedText("We fly out Thursday."), documentDate: documentDate).first?.value
        #expect(value("We fly out Thursday in the evening.") == day.map { $0 + "TEV" })
        #expect(!texts("We fly out Thursday in the evening.", atomic).contains("Thursday in the evening"))
    }

    @Test func partThenDayJoinAcrossOnOfAndCommas() {
        #expect(texts("Call in the afternoon, this Friday.", composite) == ["in the afternoon, this Friday"])
        #expect(value("Call in the afternoon, this Friday.") == "2025-01-24TAF")
        #expect(texts("Call in the morning of this Friday.", composite) == ["in the morning of this Friday"])
    }

    @Test func dayWithBareMeridiemIsItsMorningOrAfternoon() {
        #expect(texts("Drop by Thursday PM.", composite) == ["Thursday PM"])
        let day = composite.times(in: TokenizedText("Drop by Thursday."), documentDate: documentDate).first?.value
        #expect(value("Drop by Thursday PM.") == day.map { $0 + "TAF" })
    }

    @Test func tonightStaysApartFromADay() {
        #expect(texts("Friday tonight is busy.", composite).count != 1)
    }
}
