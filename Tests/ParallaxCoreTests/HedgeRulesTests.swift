import Testing

@testable import ParallaxCore

@Suite struct HedgeRulesTests {
    let ninety = ValueInterval(exactly: 90)

    @Test func eachHedgeShapesTheInterval() {
        #expect(HedgeRules.apply(.approximately, to: ninety) == ValueInterval(low: 81, high: 99))
        #expect(HedgeRules.apply(.nearly, to: ninety) == ValueInterval(low: 81, high: 90))
        #expect(HedgeRules.apply(.moreThan, to: ninety) == ValueInterval(low: 90, high: .infinity, lowOpen: true))
        #expect(HedgeRules.apply(.atLeast, to: ninety) == ValueInterval(low: 90, high: .infinity))
        #expect(HedgeRules.apply(.upTo, to: ninety) == ValueInterval(low: 0, high: 90))
        #expect(HedgeRules.apply(.lessThan, to: ninety) == ValueInterval(low: 0, high: 90, highOpen: true))
        #expect(HedgeRules.apply(.record, to: ninety) == ninety)
    }

    @Test func hedgesOnIntervalsUseTheirBounds() {
        let range = ValueInterval(low: 10, high: 20)
        #expect(HedgeRules.apply(.approximately, to: range) == ValueInterval(low: 9, high: 22))
        #expect(HedgeRules.apply(.moreThan, to: range) == ValueInterval(low: 10, high: .infinity, lowOpen: true))
        #expect(HedgeRules.apply(.upTo, to: range) == ValueInterval(low: 0, high: 20))
    }

    @Test func moreThanExcludesTheStatedValue() {
        let moreThan = HedgeRules.apply(.moreThan, to: ninety)
        #expect(moreThan.relation(to: ninety) == .disjoint)
        #expect(HedgeRules.apply(.atLeast, to: ninety).relation(to: ninety) == .overlapping)
    }

    @Test func phrasesMatchLongestFirst() {
        let tokens = KeyedTokens(TokenizedText("no fewer than 5, just over 6, an estimated 7, over 8"))
        let rules = HedgeRules()
        #expect(rules.match(at: 0, in: tokens)?.hedge == .atLeast)
        #expect(rules.match(at: 0, in: tokens)?.length == 3)
        #expect(rules.match(at: 5, in: tokens)?.hedge == .moreThan)
        #expect(rules.match(at: 9, in: tokens)?.length == 2)
        #expect(rules.match(at: 13, in: tokens)?.skipsDurations == true)
    }
}
