import Testing

@testable import ParallaxCore

@Suite struct CalendarNumberRulesTests {
    let rules = CalendarNumberRules()

    func isYear(_ text: String, at index: Int) -> Bool { rules.isYear(at: index, in: KeyedTokens(TokenizedText(text))) }

    @Test func yearsByCueOrForLackOfAUnit() {
        #expect(isYear("in 2023", at: 1))
        #expect(isYear("2023 was hard", at: 0))
        #expect(isYear("the 2024 elections", at: 1))
        #expect(isYear("since 1815", at: 1))
        #expect(!isYear("1815 was hard", at: 0))
        #expect(!isYear("2000 troops", at: 0))
        #expect(!isYear("2000 percent", at: 0))
        #expect(!isYear("$2000 bill", at: 1))
        #expect(!isYear("1,999 people", at: 0))
        #expect(!isYear("1200 GMT", at: 0))
    }

    @Test func clockTimes() {
        func clock(_ text: String) -> (Int, Int, Int)? {
            rules.clockTime(at: 0, in: KeyedTokens(TokenizedText(text))).map { ($0.hour, $0.minute, $0.tokens.count) }
        }
        #expect(clock("3 p.m. sharp").map { [$0.0, $0.1, $0.2] } == [15, 0, 2])
        #expect(clock("12 a.m.").map { [$0.0, $0.1, $0.2] } == [0, 0, 2])
        #expect(clock("10:30 a.m.").map { [$0.0, $0.1, $0.2] } == [10, 30, 4])
        #expect(clock("10:30").map { [$0.0, $0.1, $0.2] } == [10, 30, 3])
        #expect(clock("3.30pm").map { [$0.0, $0.1, $0.2] } == [15, 30, 1])
        #expect(clock("1200 GMT").map { [$0.0, $0.1, $0.2] } == [12, 0, 2])
        #expect(clock("13 p.m.") == nil)
        #expect(clock("25:00") == nil)
    }

    @Test func daysOfTheMonthNeedAMonthBeside() {
        let tokens = KeyedTokens(TokenizedText("on Jan. 21 and 21st of March but 21 people"))
        #expect(rules.extent(at: 2, in: tokens) == 2..<3)
        #expect(rules.extent(at: 4, in: tokens) == 4..<5)
        #expect(rules.extent(at: 8, in: tokens) == nil)
    }

    @Test func isoDatesAndSeasons() {
        let tokens = KeyedTokens(TokenizedText("2025-01-21 and 2024-25"))
        #expect(rules.extent(at: 0, in: tokens) == 0..<5)
        #expect(rules.extent(at: 6, in: tokens) == 6..<9)
    }
}
