import Testing
@testable import ParallaxCore

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        let tokenized = TokenizedText(text)
        return tokenized.tokens.indices.map { tokenized.text(ofToken: $0) }
    }

    func kinds(_ text: String) -> [TokenKind] { TokenizedText(text).tokens.map(\.kind) }

    @Test func doubledApostropheIsOneQuotationMark() {
        #expect(tokens("''We won,'' he said.") == ["''", "We", "won", ",", "''", "he", "said", "."])
        #expect(kinds("''We won,''").first == .openQuote)
        #expect(kinds("''We won,''").last == .closeQuote)
        #expect(tokens("''They said 'no,''' he said.") == ["''", "They", "said", "'", "no", ",", "'", "''", "he", "said", "."])
    }

    @Test func moneyWithScaleAndCurrency() {
        #expect(tokens("a record $240bn (£191bn) in 2023") == ["a", "record", "$", "240bn", "(", "£", "191bn", ")", "in", "2023"])
        #expect(kinds("$240bn") == [.currency, .alphanumeric])
    }

    @Test func percentAndDecimals() {
        #expect(tokens("up more than 64% to 1,200.5 tonnes") == ["up", "more", "than", "64", "%", "to", "1,200.5", "tonnes"])
        #expect(kinds("1,200.5")[0] == .number)
    }

    @Test func hyphenatedNumberWordsStayWhole() {
        #expect(tokens("about one-and-a-half hours") == ["about", "one-and-a-half", "hours"])
        #expect(tokens("the 71-year-old") == ["the", "71-year-old"])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(tokens("Mr. Smith met U.S. officials on Jan. 21 at No. 10.") ==
            ["Mr.", "Smith", "met", "U.S.", "officials", "on", "Jan.", "21", "at", "No.", "10", "."])
    }

    @Test func stateAbbreviationsAndPluralTitlesKeepTheirPeriodWhenCapitalized() {
        #expect(tokens("Sens. Ada Byrne of Tampa, Fla., and Reps. Tom Reyes") ==
            ["Sens.", "Ada", "Byrne", "of", "Tampa", ",", "Fla.", ",", "and", "Reps.", "Tom", "Reyes"])
        #expect(tokens("a critical mass. The wash.") == ["a", "critical", "mass", ".", "The", "wash", "."])
    }

    @Test func truncatedMultibyteSequenceAtTheEndStaysInBounds() {
        let bytes: [UInt8] = [0x41, 0x62, 0xE2, 0x80]
        let result = Tokenizer().tokenize(bytes)
        #expect(!result.isEmpty)
        #expect(result.allSatisfy { $0.start <= $0.end && Int($0.end) <= bytes.count })
    }

    @Test func ageAppositionCommas() {
        #expect(tokens("Putin, 72, said") == ["Putin", ",", "72", ",", "said"])
    }

    @Test func curlyAndStraightQuotes() {
        #expect(kinds("“dear friend.”") == [.openQuote, .word, .word, .terminal, .closeQuote])
        #expect(kinds("he said \"yes\" today") == [.word, .word, .openQuote, .word, .closeQuote, .word])
        #expect(kinds("‘no limits’") == [.openQuote, .word, .word, .closeQuote])
    }

    @Test func possessiveCliticsSplit() {
        #expect(tokens("Moscow’s war and Trump's team don't") == ["Moscow", "’s", "war", "and", "Trump", "'s", "team", "do", "n't"])
    }

    @Test func dashesAndEllipses() {
        #expect(kinds("2021 – before") == [.number, .dash, .word])
        #expect(kinds("WASHINGTON — The") == [.word, .dash, .word])
        #expect(kinds("wait... and… go - now") == [.word, .ellipsis, .word, .ellipsis, .word, .dash, .word])
    }

    @Test func paragraphBreaksAreRecorded() {
        let tokenized = TokenizedText("One.\n\nTwo.\nThree")
        #expect(tokenized.tokens.map(\.gap) == [.paragraph, .none, .paragraph, .none, .newline])
    }
}
