import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct NumberExtractorTests {
    let extractor = NumberExtractor()

    func values(_ text: String) -> [Double] { extractor.mentions(in: text).filter { !$0.kind.isOrdinal }.map(\.value) }

    @Test func readsDigitsWithSeparatorsAndScales() {
        #expect(values("240 and 1,200.5") == [240, 1200.5])
        #expect(values("2.5m") == [2.5])  // lower-case m glued is a unit, not a scale, in spec mode
        #expect(values("10k and 1.2b") == [10_000, 1.2e9])
        #expect(values("1 234 567") == [1_234_567])
        #expect(values("192.168.1.2") == [192, 168, 1, 2])
    }

    @Test func readsNumberWords() {
        #expect(values("twenty-three") == [23])
        #expect(values("a dozen eggs") == [12])
        #expect(values("half a million") == [500_000])
        #expect(values("two hundred and two thousand") == [202_000])
        #expect(values("3 hundred and 2 hundred") == [300, 200])
    }

    @Test func readsFractionsAndDecimalsInWords() {
        #expect(values("one-and-a-half") == [1.5])
        #expect(values("two thirds") == [2.0 / 3])
        #expect(values("one hundred and three quarters") == [100.75])
        #expect(values("two hundred point zero three") == [200.03])
        #expect(values("minus 5") == [-5])
    }

    @Test func readsOrdinals() {
        let found = extractor.ordinals(in: "the third and the 21st, then twenty-fifth", relative: false)
        #expect(found.map(\.value) == [3, 21, 25])
        #expect(extractor.ordinals(in: "the last one", relative: true).first?.kind == .ordinalFromEnd)
    }

    @Test func readsRanges() {
        let ranges = NumberRangeExtractor().ranges(in: "between 10 and 20, 10-20, more than 64")
        #expect(ranges.map(\.interval) == [
            ValueInterval(low: 10, high: 20, highOpen: true), ValueInterval(low: 10, high: 20, highOpen: true),
            ValueInterval(low: 64, high: .infinity, lowOpen: true),
        ])
    }

    @Test func readsUnits() {
        let units = UnitQuantityExtractor()
        #expect(units.money(in: "US$5m and 500 rubles").map(\.unit) == ["USD", "RUB"])
        #expect(units.money(in: "1.2 trillion yuan").first?.value == 1.2e12)
        #expect(units.dimensions(in: "17 km away").first?.baseValue == 17_000)
        #expect(units.ages(in: "the 71-year-old").first?.value == 71)
        #expect(units.percentages(in: "from 5 percent").first?.value == 5)
    }
}
