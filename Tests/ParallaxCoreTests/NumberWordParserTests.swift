import Testing

@testable import ParallaxCore

@Suite struct NumberWordParserTests {
    let parser = NumberWordParser()

    func parse(_ text: String, at index: Int = 0) -> ParsedNumber? {
        parser.parse(at: index, in: KeyedTokens(TokenizedText(text)))
    }

    @Test func digitsWithSeparatorsAndDecimals() {
        #expect(parse("1,200.5")?.point == 1200.5)
        #expect(parse("1,200.5")?.plainInteger == nil)
        #expect(parse("2023")?.plainInteger == 2023)
        #expect(parse("3 million")?.point == 3e6)
        #expect(parse("3 million")?.scale == 1e6)
        #expect(parse("3 million")?.tokens == 0..<2)
    }

    @Test func gluedScales() {
        #expect(parse("240bn")?.point == 240e9)
        #expect(parse("2.5m")?.point == 2.5e6)
        #expect(parse("10k")?.point == 10_000)
        #expect(parse("3tn")?.point == 3e12)
    }

    @Test func ordinalsDecadesAndClockSuffixesAreNotNumbers() {
        #expect(parse("21st") == nil)
        #expect(parse("1990s") == nil)
        #expect(parse("3pm") == nil)
        #expect(parse("twenty-first")?.tail.count == 1)
    }

    @Test func numberWords() {
        #expect(parse("twenty-three")?.point == 23)
        #expect(parse("two hundred and fifty thousand")?.point == 250_000)
        #expect(parse("three million five hundred thousand")?.point == 3_500_000)
        #expect(parse("one-and-a-half")?.point == 1.5)
        #expect(parse("two-and-a-half million")?.point == 2.5e6)
        #expect(parse("a dozen")?.point == 12)
        #expect(parse("a hundred")?.point == 100)
        #expect(parse("half a million")?.point == 5e5)
        #expect(parse("one two")?.point == 1)
    }

    @Test func articlesAndHalvesNeedAUnit() {
        let article = parse("an hour")
        #expect(article?.point == 1)
        #expect(article?.needsUnit == true)
        #expect(article?.tokens == 0..<1)
        let half = parse("half an hour")
        #expect(half?.point == 0.5)
        #expect(half?.needsUnit == true)
        #expect(half?.tokens == 0..<2)
    }

    @Test func roundPluralsAreIntervals() {
        let tens = parse("tens of thousands of troops")
        #expect(tens?.value == ValueInterval(low: 20_000, high: 100_000, highOpen: true))
        #expect(tens?.isVague == true)
        #expect(tens?.tokens == 0..<3)
        #expect(parse("dozens")?.value == ValueInterval(low: 24, high: 120, highOpen: true))
        #expect(parse("hundreds of thousands")?.value == ValueInterval(low: 200_000, high: 1_000_000, highOpen: true))
    }

    @Test func tailsAfterTheNumberAreKept() {
        let age = parse("71-year-old")
        #expect(age?.point == 71)
        #expect(age?.tail == [WordKey.word("year"), WordKey.word("old")])
        let adjective = parse("three-day")
        #expect(adjective?.point == 3)
        #expect(adjective?.tail == [WordKey.word("day")])
    }
}
