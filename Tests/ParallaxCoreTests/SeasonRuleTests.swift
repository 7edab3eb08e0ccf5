import Testing

@testable import ParallaxCore

@Suite struct SeasonRuleTests {
    let recognizer = PatternTimeRecognizer()
    /// An autumn day.
    let documentDate = CalendarDate(year: 1998, month: 10, day: 15)

    func value(_ phrase: String, in text: String, dated: Bool = true) -> String? {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil)
            .first { $0.text == phrase }?.value
    }

    @Test func qualifiedSeasons() {
        #expect(value("last fall", in: "Gains began last fall.") == "1997-FA")
        #expect(value("last spring", in: "Gains began last spring.") == "1998-SP")
        #expect(value("this summer", in: "Gains began this summer.") == "1998-SU")
        #expect(value("next spring", in: "Talks resume next spring.") == "1999-SP")
        #expect(value("this past spring", in: "Talks ended this past spring.") == "1998-SP")
    }

    @Test func seasonsWithYearsAndCues() {
        #expect(value("the summer of 1994", in: "It rained in the summer of 1994.") == "1994-SU")
        #expect(value("winter 2023", in: "Prices rose in winter 2023.") == "2023-WI")
        #expect(value("the summer", in: "Over the summer, rivals cut prices.") == "1998-SU")
        #expect(value("summer", in: "Rivals cut prices in summer.") == "1998-SU")
    }

    @Test func verbsAndOtherFallsAreNotSeasons() {
        let texts = ["Prices fall in spring markets.", "Prices will fall.", "After the fall of the Wall, it grew."]
        for text in texts {
            #expect(recognizer.times(in: TokenizedText(text), documentDate: documentDate).isEmpty, "\(text)")
        }
    }

    @Test func undatedSeasonsAreUnresolved() {
        #expect(value("last fall", in: "Gains began last fall.", dated: false) == "XXXX-FA")
    }
}
