import Testing

@testable import ParallaxCore

@Suite struct PatternQuantityRecognizerTests {
    let recognizer = PatternQuantityRecognizer()

    func quantities(_ text: String) -> [Quantity] { recognizer.quantities(in: TokenizedText(text)) }

    /// The one quantity whose text is `figure`, checking that its span points at that text.
    func quantity(_ figure: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Quantity? {
        let found = quantities(text).filter { $0.text == figure }
        #expect(
            found.count == 1, "expected one \"\(figure)\" in \(quantities(text).map(\.text))",
            sourceLocation: sourceLocation)
        guard let quantity = found.first else { return nil }
        #expect(TextBuffer(text).text(of: quantity.span) == figure, sourceLocation: sourceLocation)
        #expect(quantity.span == scalarSpan(of: figure, in: text), sourceLocation: sourceLocation)
        return quantity
    }

    /// The scalar span of the first occurrence of `needle` in `haystack`.
    func scalarSpan(of needle: String, in haystack: String) -> TextSpan? {
        let text = Array(haystack.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= text.count else { return nil }
        for start in 0...(text.count - pattern.count) where text[start..<start + pattern.count].elementsEqual(pattern) {
            return TextSpan(start: start, end: start + pattern.count)
        }
        return nil
    }

    func exact(_ value: Double) -> ValueInterval { ValueInterval(exactly: value) }

    // MARK: Durations and the seed comparison

    @Test func aCountKeepsItsNounAcrossOneModifier() {
        let troops = quantity("28,500 U.S. troops", in: "The US keeps 28,500 U.S. troops on the peninsula.")
        #expect(troops?.kind == .count)
        #expect(troops?.unit == "troops")
        #expect(quantity("four young couples", in: "On the beach, four young couples married.")?.unit == "couples")
        #expect(quantity("300 Canadian volunteers", in: "All 300 Canadian volunteers joined.")?.kind == .count)
        // A year is no count of what follows it, and a name after the modifier is no counted noun.
        #expect(!quantities("In 2018 federal prosecutors charged him.").contains { $0.kind == .count })
        #expect(!quantities("He won 3 New Yorks in a row.").contains { $0.kind == .count })
    }

    @Test func aGalleryCounterIsNoCountOfTheCaptionsFirstWord() {
        let caption = "Image 23 of 33 Seven people have been shot, five fatally, on Leaf Lane."
        #expect(!quantities(caption).contains { $0.kind == .count && $0.text.hasPrefix("33") })
        #expect(quantity("Seven people", in: caption)?.value == ValueInterval(exactly: 7))
        #expect(quantity("5 people", in: "Three of 5 people were hurt.")?.kind == .count)
    }

    @Test func aboutOneAndAHalfHoursIsATenPercentInterval() {
        let q = quantity("about one-and-a-half hours", in: "The call lasted about one-and-a-half hours, aides said.")
        #expect(q?.kind == .duration)
        #expect(q?.unit == "second")
        #expect(q?.hedge == .approximately)
        #expect(q?.value == ValueInterval(low: 4860, high: 5940))
    }

    @Test func mixedFractionsAreOneNumber() {
        let talks = quantity("5 1/2 hours", in: "The talks lasted 5 1/2 hours.")
        #expect(talks?.value.low == 5.5 * 3600)
        #expect(talks?.value.high == 5.5 * 3600)
        let road = quantity("2 3/4 miles", in: "The road runs 2 3/4 miles.")
        #expect(road?.value.low.rounded() == (2.75 * 1609.344).rounded())
        // A fraction standing alone, or a larger numerator, is not read as one.
        #expect(!quantities("Scores were 3 5/4 overall.").contains { $0.text.contains("5/4") })
    }

    @Test func anHourAndThirtyFiveMinutesIsExact() {
        let q = quantity("an hour and 35 minutes", in: "The video call lasted an hour and 35 minutes.")
        #expect(q?.kind == .duration)
        #expect(q?.value == exact(5700))
        #expect(q?.hedge == nil)
    }

    @Test func hedgedAndExactDurationsOverlap() {
        let first = quantity("about one-and-a-half hours", in: "It lasted about one-and-a-half hours.")
        let second = quantity("an hour and 35 minutes", in: "It lasted an hour and 35 minutes.")
        guard let first, let second else { return }
        #expect(first.value.relation(to: second.value) == .overlapping)
        let nearly = quantity("nearly 90 minutes", in: "It lasted nearly 90 minutes.")
        #expect(nearly.map { $0.value.relation(to: second.value) } == .disjoint)
    }

    @Test func durationForms() {
        #expect(quantity("three days", in: "The summit ran for three days in March.")?.value == exact(259_200))
        #expect(quantity("two weeks", in: "Delegates stayed two weeks.")?.value == exact(1_209_600))
        #expect(quantity("90 minutes", in: "A 2-hour delay? No, 90 minutes.")?.value == exact(5_400))
        #expect(quantity("an hour and a half", in: "They spoke for an hour and a half.")?.value == exact(5_400))
        #expect(quantity("half an hour", in: "The vote took half an hour.")?.value == exact(1_800))
        let adjective = quantity("three-day", in: "The three-day visit ended.")
        #expect(adjective?.kind == .duration)
        #expect(adjective?.value == exact(259_200))
        #expect(quantity("90-minute", in: "A 90-minute meeting followed.")?.value == exact(5_400))
    }

    @Test func forDecadesIsAVagueInterval() {
        let q = quantity("decades", in: "The two rivals have quarrelled for decades.")
        #expect(q?.kind == .duration)
        #expect(q?.value == ValueInterval(low: 20 * 31_556_952, high: 100 * 31_556_952, highOpen: true))
        #expect(quantities("Decades of neglect showed.").isEmpty)
    }

    @Test func datesAndRatesAreNotDurations() {
        #expect(quantities("She left two days ago.").isEmpty)
        #expect(quantities("He is seeking a second term.").isEmpty)
        #expect(quantities("The fund pays $3bn a year.").map(\.text) == ["$3bn"])
        #expect(quantities("Inspections happen twice a year.").isEmpty)
    }

    // MARK: Money

    @Test func moneyWithSignAndScale() {
        let q = quantity("$240bn", in: "Trade hit $240bn in 2023.")
        #expect(q?.kind == .money)
        #expect(q?.unit == "USD")
        #expect(q?.value == exact(240e9))
        #expect(quantity("£191bn", in: "That is £191bn.")?.unit == "GBP")
        #expect(quantity("€3.2 billion", in: "A €3.2 billion plan.")?.value == exact(3.2e9))
        #expect(quantity("US$5bn", in: "It raised US$5bn last year.")?.unit == "USD")
        #expect(quantity("A$2m", in: "It paid A$2m.")?.unit == "AUD")
        #expect(quantity("USD 5bn", in: "Deals worth USD 5bn closed.")?.value == exact(5e9))
    }

    @Test func recordIsAHedgeThatKeepsTheValue() {
        let q = quantity("record $240bn", in: "Trade reached a record $240bn in 2023.")
        #expect(q?.hedge == .record)
        #expect(q?.value == exact(240e9))
    }

    @Test func moneyWithCurrencyWords() {
        #expect(quantity("40 million euros", in: "It cost 40 million euros.")?.unit == "EUR")
        #expect(quantity("1.2 trillion yuan", in: "Loans of 1.2 trillion yuan.")?.value == exact(1.2e12))
        #expect(quantity("three million rubles", in: "A fine of three million rubles.")?.unit == "RUB")
        #expect(quantity("500 roubles", in: "Just 500 roubles.")?.unit == "RUB")
        #expect(quantity("900 yen", in: "A coffee costs 900 yen.")?.unit == "JPY")
        #expect(quantity("5 million Canadian dollars", in: "It got 5 million Canadian dollars.")?.unit == "CAD")
        #expect(quantity("half a million dollars", in: "A bail of half a million dollars.")?.value == exact(5e5))
        let vague = quantity("billions of dollars", in: "It lost billions of dollars.")
        #expect(vague?.value == ValueInterval(low: 2e9, high: 1e10, highOpen: true))
    }

    @Test func yenSignBecomesYuanWhenYuanFollows() {
        #expect(quantity("¥300 billion", in: "Tokyo set aside ¥300 billion.")?.unit == "JPY")
        #expect(quantity("¥5 billion yuan", in: "Beijing set aside ¥5 billion yuan.")?.unit == "CNY")
    }

    // MARK: Percentages

    @Test func percentForms() {
        for (figure, text) in [
            ("64%", "Turnout was 64%."), ("64 percent", "Turnout was 64 percent."),
            ("64 per cent", "Turnout was 64 per cent."),
        ] {
            let q = quantity(figure, in: text)
            #expect(q?.kind == .percent)
            #expect(q?.unit == "percent")
            #expect(q?.value == exact(64))
        }
        let points = quantity("3.5 percentage points", in: "Rates rose 3.5 percentage points.")
        #expect(points?.kind == .percent)
        #expect(points?.unit == "percentage point")
    }

    // MARK: Numbers

    @Test func numbersInDigitsAndWords() {
        #expect(quantity("1,200.5", in: "The index closed at 1,200.5, a high.")?.value == exact(1200.5))
        #expect(quantity("twenty-three", in: "He named twenty-three, not more.")?.value == exact(23))
        #expect(quantity("2.5m", in: "Sales hit 2.5m.")?.value == exact(2.5e6))
        #expect(quantity("three million", in: "Turnout was three million.")?.value == exact(3e6))
        #expect(quantity("two hundred and fifty", in: "There were two hundred and fifty.")?.value == exact(250))
        let bare = quantity("240", in: "The vote was 240 to 12.")
        #expect(bare?.kind == .number)
        #expect(bare?.unit == nil)
    }

    @Test func tensOfThousandsIsAnInterval() {
        let q = quantity("tens of thousands", in: "Police said tens of thousands marched.")
        #expect(q?.kind == .number)
        #expect(q?.value == ValueInterval(low: 20_000, high: 100_000, highOpen: true))
    }

    @Test func identifiersAndPronounsAreNotNumbers() {
        #expect(quantities("Resolution 2231 expired. One of them left. He met the Group of Seven.").isEmpty)
        #expect(quantities("Downing Street said No. 10 was calm.").isEmpty)
        #expect(quantity("500", in: "Only 500 came.")?.value == exact(500))
    }

    // MARK: Ages

    @Test func ageForms() {
        let comma = quantity("72", in: "Putin, 72, spoke first.")
        #expect(comma?.kind == .age)
        #expect(comma?.unit == "year")
        #expect(comma?.value == exact(72))
        #expect(quantity("71-year-old", in: "The 71-year-old listened.")?.kind == .age)
        #expect(quantity("40", in: "A man aged 40 was held.")?.kind == .age)
        #expect(quantity("40", in: "She retired at the age of 40 last year.")?.kind == .age)
        #expect(quantity("72 years old", in: "He is 72 years old.")?.kind == .age)
        #expect(quantity("12", in: "In all, 12, perhaps more, were hurt.")?.kind == .number)
    }

    // MARK: Counts

    @Test func countsTakeTheirNounAsUnit() {
        let troops = quantity("tens of thousands of troops", in: "Moscow sent tens of thousands of troops north.")
        #expect(troops?.kind == .count)
        #expect(troops?.unit == "troops")
        #expect(troops?.value == ValueInterval(low: 20_000, high: 100_000, highOpen: true))
        #expect(quantity("500 people", in: "Some said 500 people came.")?.unit == "people")
        let soldiers = quantity("three soldiers", in: "Three officers and three soldiers died.")
        #expect(soldiers?.kind == .count)
        #expect(soldiers?.value == exact(3))
        #expect(quantity("a dozen envoys", in: "He met a dozen envoys.")?.value == exact(12))
        #expect(quantities("Article 5 says so.").isEmpty)
    }

    // MARK: Hedges

    @Test func hedgesChangeTheInterval() {
        let moreThan = quantity("More than 300 people", in: "More than 300 people fled.")
        #expect(moreThan?.hedge == .moreThan)
        #expect(moreThan?.value == ValueInterval(low: 300, high: .infinity, lowOpen: true))
        #expect(
            quantity("at least 12 soldiers", in: "It killed at least 12 soldiers.")?.value
                == ValueInterval(low: 12, high: .infinity))
        #expect(
            quantity("up to 40 villages", in: "Floods hit up to 40 villages.")?.value == ValueInterval(low: 0, high: 40)
        )
        #expect(
            quantity("less than 5%", in: "Growth was less than 5% then.")?.value
                == ValueInterval(low: 0, high: 5, highOpen: true))
        let nearly = quantity("nearly 90 minutes", in: "It lasted nearly 90 minutes.")
        #expect(nearly?.hedge == .nearly)
        #expect(nearly?.value == ValueInterval(low: 4_860, high: 5_400))
        let estimated = quantity("an estimated 40,000 people", in: "It drew an estimated 40,000 people.")
        #expect(estimated?.hedge == .approximately)
        #expect(estimated?.value == ValueInterval(low: 36_000, high: 44_000))
    }

    @Test func overBeforeALengthOfTimeIsNotAHedge() {
        let q = quantity("three days", in: "Talks stretched over three days.")
        #expect(q?.hedge == nil)
        #expect(q?.value == exact(259_200))
    }

    // MARK: Ranges

    @Test func statedRanges() {
        #expect(
            quantity("between 10 and 20", in: "It named between 10 and 20 in all.")?.value
                == ValueInterval(low: 10, high: 20))
        #expect(quantity("10-20", in: "A score of 10-20 is fine.")?.value == ValueInterval(low: 10, high: 20))
        let percent = quantity("from 5 to 7 percent", in: "Rates went from 5 to 7 percent.")
        #expect(percent?.kind == .percent)
        #expect(percent?.value == ValueInterval(low: 5, high: 7))
        #expect(quantity("$10-20bn", in: "Costs of $10-20bn loom.")?.value == ValueInterval(low: 10e9, high: 20e9))
        #expect(
            quantity("two to three days", in: "Repairs take two to three days.")?.value
                == ValueInterval(low: 172_800, high: 259_200))
        #expect(
            quantity("between 5% and 7%", in: "Growth of between 5% and 7% is seen.")?.value
                == ValueInterval(low: 5, high: 7))
    }

    @Test("a dashed pair that falls is a tally, a score or a model, never the range between")
    func fallingPairs() {
        for (text, pair) in [
            ("The Senate voted 52-48 on Tuesday.", "52-48"), ("They won 3-1 at home.", "3-1"),
            ("The airline flies the 787-9 to Oslo.", "787-9"), ("In the 2019-20 season prices rose.", "2019-20"),
        ] {
            let found = quantities(text)
            #expect(!found.contains { $0.text == pair }, "\(text): \(found.map(\.text))")
            #expect(!found.contains { $0.value.low < $0.value.high }, "\(text): \(found.map(\.value))")
        }
        #expect(quantity("10-20 people", in: "Between 10-20 people came.")?.value == ValueInterval(low: 10, high: 20))
        #expect(quantity("$5-10 million", in: "It cost $5-10 million.")?.value == ValueInterval(low: 5e6, high: 10e6))
    }

    // MARK: Calendar numbers

    @Test func yearsDatesAndTimesAreLeftToTheTimeRecognizer() {
        let text = "In 2023, on 21 January 2025, on Jan. 21 at 10:30 and at 3 p.m. on 2025-01-21, the 2024 elections."
        #expect(quantities(text).isEmpty)
        #expect(quantity("2000 troops", in: "It sent 2000 troops.")?.kind == .count)
        #expect(quantity("$2023", in: "It cost $2023.")?.kind == .money)
    }

    // MARK: Whole texts

    @Test func outputIsOrderedAndNonOverlappingWithScalarOffsets() {
        let text = "Über-Präsident Ushakov — “about €5bn” — said 64% of 500 people, aged 40, waited 2 hours."
        let found = quantities(text)
        #expect(found.map(\.text) == ["about €5bn", "64%", "500 people", "40", "2 hours"])
        for (earlier, later) in zip(found, found.dropFirst()) { #expect(earlier.span.end <= later.span.start) }
        let buffer = TextBuffer(text)
        for quantity in found { #expect(buffer.text(of: quantity.span) == quantity.text) }
    }

    @Test func readsDimensionsInBaseUnits() {
        let miles = quantity("200 miles", in: "Troops are 200 miles north of the city.")
        #expect(miles?.kind == .dimension)
        #expect(miles?.unit == "metre")
        #expect(miles?.value == ValueInterval(exactly: 200 * 1609.344))
        let oil = quantity("500,000 barrels", in: "Output fell by 500,000 barrels a day.")
        #expect(oil?.unit == "litre")
        let land = quantity("about 17 square kilometres", in: "They seized about 17 square kilometres of land.")
        #expect(land?.unit == "square metre")
        #expect(land?.hedge == .approximately)
        #expect(quantity("2.5m", in: "It cost 2.5m last year.")?.kind != .dimension)
    }

    @Test func everyHedgeWordOfTheIssue() {
        for (text, hedge) in [
            ("about 50 people", Hedge.approximately), ("around 50 people", .approximately),
            ("roughly 50 people", .approximately), ("nearly 50 people", .nearly), ("almost 50 people", .nearly),
            ("more than 50 people", .moreThan), ("over 50 people", .moreThan), ("at least 50 people", .atLeast),
            ("up to 50 people", .upTo), ("less than 50 people", .lessThan),
        ] {
            #expect(quantity(text, in: "Police said \(text) gathered.")?.hedge == hedge, "\(text)")
        }
        #expect(quantity("€3 billion", in: "A €3 billion fund opened.")?.value == exact(3e9))
    }

    @Test func moreThanSixtyFourPercentDoesNotOverlapSixty() throws {
        let moreThan = try #require(quantity("more than 64%", in: "Trade rose more than 64% since then."))
        let sixty = try #require(quantity("60%", in: "Trade rose 60% since then."))
        #expect(moreThan.value.relation(to: sixty.value) == .disjoint)
        #expect(moreThan.value.relation(to: exact(70)) == .overlapping)
    }
}
