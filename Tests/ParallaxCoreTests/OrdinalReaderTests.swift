import Testing
@testable import ParallaxCore

@Suite struct OrdinalReaderTests {
    func ordinals(_ text: String) -> [(String, Double)] {
        PatternQuantityRecognizer().quantities(in: TokenizedText(text)).filter { $0.kind == .ordinal }.map { ($0.text, $0.value.low) }
    }

    @Test func wordsAndSuffixedDigitsArePositions() {
        let found = ordinals("She finished third, he came 21st and the twenty-first runner was 2nd.")
        #expect(found.map(\.0) == ["third", "21st", "twenty-first", "2nd"])
        #expect(found.map(\.1) == [3, 21, 21, 2])
    }

    @Test func secondAsATimeUnitIsNotAnOrdinal() {
        #expect(ordinals("Wait a second, then one second more.").isEmpty)
        #expect(ordinals("It was the second attempt.").map(\.1) == [2])
    }

    @Test func fractionsAndScaleWordsAreNotPositions() {
        #expect(ordinals("Two thirds of voters and half the city, a hundredth of it.").isEmpty)
    }

    @Test func ordinalsDoNotAlignAsFacts() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "The team finished third in the league.",
            quantities: [("third", .ordinal, nil, ValueInterval(exactly: 3), nil)])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "The team finished fourth in the league.",
            quantities: [("fourth", .ordinal, nil, ValueInterval(exactly: 4), nil)])
        #expect(StoryReconciler().reconcile([a, b]).facts.isEmpty)
    }

    @Test func longDurationsReadInYearsAndWeeks() {
        #expect(ValueFormatter.duration(20 * 365.2425 * 86_400) == "20 years")
        #expect(ValueFormatter.duration(14 * 86_400) == "2 weeks")
        #expect(ValueFormatter.duration(18 * 365.2425 * 86_400 / 12) == "18 months")
        #expect(ValueFormatter.duration(3 * 86_400) == "3 days")
        #expect(ValueFormatter.duration(5700) == "1h 35m")
    }
}
