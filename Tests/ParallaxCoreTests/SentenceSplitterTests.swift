import Testing
@testable import ParallaxCore

@Suite struct SentenceSplitterTests {
    /// The sentences of `text`, after checking that they cover every token in order.
    func sentences(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let tokenized = TokenizedText(text)
        var next = 0
        for sentence in tokenized.sentences {
            #expect(sentence.tokens.lowerBound == next, sourceLocation: sourceLocation)
            #expect(!sentence.tokens.isEmpty, sourceLocation: sourceLocation)
            #expect(sentence.bytes == tokenized.byteRange(ofTokens: sentence.tokens), sourceLocation: sourceLocation)
            next = sentence.tokens.upperBound
        }
        #expect(next == tokenized.tokens.count, sourceLocation: sourceLocation)
        return tokenized.sentences.map { tokenized.buffer.text(bytes: $0.bytes) }
    }

    @Test func dottedAcronymInsideASentence() {
        #expect(sentences("The U.S. delegation landed in Oslo on Monday. Talks begin today.") ==
            ["The U.S. delegation landed in Oslo on Monday.", "Talks begin today."])
    }

    @Test func dottedAcronymEndsASentenceBeforeAnOpener() {
        #expect(sentences("The envoy flew back to the U.S. The next round is in Geneva.") ==
            ["The envoy flew back to the U.S.", "The next round is in Geneva."])
        #expect(sentences("Officials in the U.S. Senate objected.") == ["Officials in the U.S. Senate objected."])
    }

    @Test func timeAbbreviationEndsOnlyBeforeAnOpener() {
        #expect(sentences("The call began at 10 a.m. It lasted an hour.") == ["The call began at 10 a.m.", "It lasted an hour."])
        #expect(sentences("The call began at 10 a.m. Tuesday and ran late.") == ["The call began at 10 a.m. Tuesday and ran late."])
    }

    @Test func companyAbbreviationBeforeATitle() {
        #expect(sentences("Acme Inc. Chief Executive Dana Roe resigned. Shares fell.") ==
            ["Acme Inc. Chief Executive Dana Roe resigned.", "Shares fell."])
    }

    @Test func titleAbbreviationNeverEnds() {
        #expect(sentences("Mr. Halvorsen said the call went well. It lasted an hour.") ==
            ["Mr. Halvorsen said the call went well.", "It lasted an hour."])
        #expect(sentences("Aides to Gen. The Vinh Loc declined to comment.") == ["Aides to Gen. The Vinh Loc declined to comment."])
    }

    @Test func monthAbbreviation() {
        #expect(sentences("The summit was set for Jan. 21 in Vienna. Both leaders attended.") ==
            ["The summit was set for Jan. 21 in Vienna.", "Both leaders attended."])
    }

    @Test func numberAbbreviation() {
        #expect(sentences("The minister returned to No. 10 after the vote. Aides were relieved.") ==
            ["The minister returned to No. 10 after the vote.", "Aides were relieved."])
    }

    @Test func initialsStayInsideTheName() {
        #expect(sentences("The report by Anna J. Kowalczyk appeared on Friday.") ==
            ["The report by Anna J. Kowalczyk appeared on Friday."])
    }

    @Test func stateAbbreviationAndPluralTitle() {
        #expect(sentences("Sens. Ada Byrne and Tom Reyes met in Tampa, Fla. on Monday. They agreed.") ==
            ["Sens. Ada Byrne and Tom Reyes met in Tampa, Fla. on Monday.", "They agreed."])
    }

    @Test func decimalsAndThousands() {
        #expect(sentences("Exports rose to 1,200.5 tonnes. Imports fell 2.5 percent.") ==
            ["Exports rose to 1,200.5 tonnes.", "Imports fell 2.5 percent."])
    }

    @Test func currencyWithScale() {
        #expect(sentences("Trade reached $240bn in 2023. That was a record.") == ["Trade reached $240bn in 2023.", "That was a record."])
        #expect(sentences("Trade reached £191bn last year. Officials cheered.") == ["Trade reached £191bn last year.", "Officials cheered."])
    }

    @Test func percentage() {
        #expect(sentences("Turnout was 64%. Officials cheered.") == ["Turnout was 64%.", "Officials cheered."])
    }

    @Test func hyphenatedNumberWord() {
        #expect(sentences("The call lasted about one-and-a-half hours. It ended at noon.") ==
            ["The call lasted about one-and-a-half hours.", "It ended at noon."])
    }

    @Test func ageApposition() {
        #expect(sentences("Putin, 72, said the talks were useful. The aide agreed.") ==
            ["Putin, 72, said the talks were useful.", "The aide agreed."])
    }

    @Test func ellipsisInsideASentence() {
        #expect(sentences("The talks were … difficult, he said. Nobody left.") == ["The talks were … difficult, he said.", "Nobody left."])
        #expect(sentences("We waited... and waited. Then it rained.") == ["We waited... and waited.", "Then it rained."])
        #expect(sentences("“How do you reach . . . these voters?” she asked.") == ["“How do you reach . . . these voters?” she asked."])
    }

    @Test func ellipsisAtTheEndOfASentence() {
        #expect(sentences("The talks went on and on... Nobody left.") == ["The talks went on and on...", "Nobody left."])
    }

    @Test func closingQuoteAfterTheFullStop() {
        #expect(sentences("He called his counterpart “my dear friend.” The call ended at noon.") ==
            ["He called his counterpart “my dear friend.”", "The call ended at noon."])
        #expect(sentences("She said: \"We will not move.\" Then she left.") ==
            ["She said: \"We will not move.\"", "Then she left."])
    }

    @Test func closingBracketAfterTheFullStop() {
        #expect(sentences("That is all. (Laughter.) We move on.") == ["That is all.", "(Laughter.)", "We move on."])
    }

    @Test func sentenceContinuesAfterAQuote() {
        #expect(sentences("The partners “must respect each other’s interests”, according to the statement. It was brief.") ==
            ["The partners “must respect each other’s interests”, according to the statement.", "It was brief."])
    }

    @Test func quoteEndingWithACommaAndACue() {
        #expect(sentences("“We are ready to talk on a mutual basis, if the team shows interest,” Ushakov said. Talks follow.") ==
            ["“We are ready to talk on a mutual basis, if the team shows interest,” Ushakov said.", "Talks follow."])
    }

    @Test func questionInsideAQuoteFollowedByLowercase() {
        #expect(sentences("“Why?” he asked. Nobody answered.") == ["“Why?” he asked.", "Nobody answered."])
        #expect(sentences("“Enough!” Varga said. Then she left.") == ["“Enough!” Varga said.", "Then she left."])
        #expect(sentences("“Why now?” Reporters had no answer.") == ["“Why now?”", "Reporters had no answer."])
    }

    @Test func exclamationInsideANameGoesOn() {
        #expect(sentences("The app Yodel! was founded in 2001. It closed.") == ["The app Yodel! was founded in 2001.", "It closed."])
        #expect(sentences("where did you go? home?") == ["where did you go?", "home?"])
    }

    @Test func lowercaseAfterANumberAndAStop() {
        #expect(sentences("Figures for round 2. were released late.") == ["Figures for round 2. were released late."])
        #expect(sentences("It was late. we left.") == ["It was late.", "we left."])
    }

    @Test func addressesAndQueriesDoNotEndSentences() {
        #expect(sentences("See www.example.org/a?b=1 for details. Thanks.") == ["See www.example.org/a?b=1 for details.", "Thanks."])
    }

    @Test func headlineWithoutFinalPunctuationBeforeAParagraph() {
        #expect(sentences("Leaders hold video call\n\nThe two leaders spoke on Tuesday. Aides listened.") ==
            ["Leaders hold video call", "The two leaders spoke on Tuesday.", "Aides listened."])
    }

    @Test func headlineOnItsOwnLine() {
        #expect(sentences("Leaders hold video call\nThe two leaders spoke on Tuesday for about ninety minutes, aides said.") ==
            ["Leaders hold video call", "The two leaders spoke on Tuesday for about ninety minutes, aides said."])
    }

    @Test func listItemsOnTheirOwnLines() {
        #expect(sentences("Key points:\n- trade rose\n- talks continue") == ["Key points:", "- trade rose", "- talks continue"])
        #expect(sentences("Agenda\n1. Trade\n2. Energy") == ["Agenda", "1. Trade", "2. Energy"])
    }

    @Test func unwrappedParagraphLineWithoutFinalPunctuation() {
        let first = "The ministry published the figures for the first half of the year on its website together with a chart of monthly exports"
        let second = "Analysts expect the second half to be weaker."
        #expect(sentences(first + "\n" + second) == [first, second])
    }

    @Test func paragraphBreaksAlwaysEnd() {
        #expect(sentences("The first paragraph has no stop\n\nthe second one neither") ==
            ["The first paragraph has no stop", "the second one neither"])
    }

    @Test func lowercaseWrappedLineContinues() {
        #expect(sentences("The minister said the talks would\ncontinue next week. Aides agreed.") ==
            ["The minister said the talks would\ncontinue next week.", "Aides agreed."])
    }

    @Test func capitalizedWrappedLineOfEqualLengthContinues() {
        let text = "The delegation from the northern provinces travelled to the capital on\nMonday to meet officials from the ministry of trade and industry."
        #expect(sentences(text) == [text])
    }

    @Test func emptyText() {
        #expect(sentences("").isEmpty)
    }

    @Test func whitespaceAndPunctuationOnly() {
        #expect(sentences("   \n\n \t ").isEmpty)
        #expect(!sentences("?! ... , ; — “ ”").isEmpty)
    }

    @Test func repairedInvalidUTF8() {
        let text = String(decoding: [0x50, 0x72, 0x69, 0x63, 0x65, 0x20, 0xFF, 0x35, 0x2E, 0x20, 0x4E, 0x65, 0x78, 0x74, 0x2E] as [UInt8], as: UTF8.self)
        #expect(text.unicodeScalars.contains("\u{FFFD}"))
        #expect(sentences(text) == ["Price \u{FFFD}5.", "Next."])
    }

    @Test func splitterToleratesTokensBeyondTheBytes() {
        let tokens = [Token(start: 0, end: 4, kind: .word, gap: .paragraph), Token(start: 4, end: 9, kind: .terminal, gap: .none)]
        let result = SentenceSplitter().split(tokens, in: Array("Word".utf8))
        #expect(result.count == 1)
        #expect(result.first?.tokens == 0..<2)
        let inverted = [Token(start: 6, end: 2, kind: .word, gap: .paragraph), Token(start: 3, end: 3, kind: .word, gap: .space)]
        #expect(SentenceSplitter().split(inverted, in: Array("U.S. The".utf8)).count == 1)
    }

    @Test func longTextWithoutPunctuation() {
        let text = Array(repeating: "words flow on without any stop", count: 2000).joined(separator: " ")
        let result = sentences(text)
        #expect(result.count == 1)
        #expect(result.first?.count == text.count)
    }

    @Test func sentenceEndOffsetsAreScalarOffsets() {
        let tokenized = TokenizedText("Xi met “Putin.” Then—“Yes.”")
        let ends = tokenized.sentences.map { tokenized.buffer.span(bytes: $0.bytes).end }
        #expect(ends == [15, 27])
    }
}
