import Testing

@testable import ParallaxCore

@Suite struct HolidayRuleTests {
    let recognizer = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 1999, month: 12, day: 1)

    func value(_ phrase: String, in text: String, dated: Bool = true) -> String? {
        recognizer.times(in: TokenizedText(text), documentDate: dated ? documentDate : nil)
            .first { $0.text == phrase }?.value
    }

    @Test func holidaysResolveToTheNearestYear() {
        #expect(value("Thanksgiving Day", in: "He was found on Thanksgiving Day at sea.") == "1999-11-25")
        #expect(value("Christmas", in: "The vote will come before Christmas.") == "1999-12-25")
        #expect(value("Election Day", in: "Turnout on Election Day was low.") == "1999-11-02")
        #expect(value("Easter 2000", in: "They plan to visit at Easter 2000.") == "2000-04-23")
        #expect(value("Good Friday", in: "They met on Good Friday.") == "1999-04-02")
        #expect(value("Memorial Day", in: "Parades on Memorial Day drew crowds.") == "1999-05-31")
    }

    @Test func undatedHolidays() {
        #expect(value("Christmas", in: "They met at Christmas.", dated: false) == "XXXX-12-25")
        #expect(value("Thanksgiving", in: "They met at Thanksgiving.", dated: false) == "XXXX-XX-XX")
    }

    @Test func lowercaseWordsAreNotHolidays() {
        #expect(recognizer.times(in: TokenizedText("an easter egg hunt"), documentDate: documentDate).isEmpty)
    }

    @Test func holidaysWithApostrophesAndThanksgivingOffsets() {
        #expect(value("Father's Day", in: "Gifts for Father's Day sold out.") == "1999-06-20")
        #expect(value("New Year's Eve", in: "The party on New Year's Eve is planned.") == "1999-12-31")
        #expect(value("Black Friday", in: "Shops opened early on Black Friday.") == "1999-11-26")
        #expect(value("Cyber Monday", in: "Sales peaked on Cyber Monday.") == "1999-11-29")
    }
}
