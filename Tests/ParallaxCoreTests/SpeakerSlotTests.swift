import Testing

@testable import ParallaxCore

/// The speaker slots around a quotation added for direct-quote attribution: verbs outside the cue
/// list, colon lines, signatures, a quotation resumed after its attribution, and which side wins.
@Suite struct SpeakerSlotTests {
    func quotes(_ string: String) -> [Quote] {
        let text = TokenizedText(string)
        let resolution = NameEntityResolver().resolve(GazetteerEntityRecognizer().mentions(in: text), in: text)
        return QuotationMarkExtractor().quotes(in: text, entities: resolution)
    }

    @Test func anUnlistedVerbAfterAQuotationItsClauseRunsIntoIsTheCue() {
        let found = quotes("“Go back to your seat,” Pavel Drozdov barked at the reporter.")
        #expect(found.first?.speaker?.text == "Pavel Drozdov")
        #expect(found.first?.cue?.text == "barked")
        let pronoun = quotes("“We will not stop here,” she went on.")
        #expect(pronoun.first?.speaker?.text == "she")
        #expect(pronoun.first?.cue?.text == "went")
    }

    @Test func aNounAfterTheSpeakerIsNotTakenForAVerb() {
        // `Korsakov aides` is no speaker and verb; without a cue there is no attribution.
        let found = quotes("“It is over,” Korsakov aides in the hall.")
        #expect(found.first?.speaker == nil)
    }

    @Test func aLineEndingInAColonIntroducesTheQuotationOpeningTheNext() {
        let found = quotes("The minister spoke after the vote. He said:\n\n“The port will reopen on Monday and the talks will go on.”")
        #expect(found.first?.speaker?.text == "He")
        #expect(found.first?.cue?.text == "said")
    }

    @Test func aCueRightBeforeTheOpeningMarkBeatsAClauseAfterASentenceEnd() {
        let found = quotes("Asked about the strike, Anna Berg said, “Nobody wants this to go on?” Then the union leader Pavel Drozdov added a word.")
        #expect(found.first?.speaker?.text == "Anna Berg")
        #expect(found.first?.cue?.text == "said")
    }

    @Test func aClosingAttributionInTheSameClauseStillWins() {
        let found = quotes("Reporters said, “It is over,” Pavel Drozdov said.")
        #expect(found.last?.speaker?.text == "Pavel Drozdov")
    }

    @Test func nothingAfterAQuotationEndingItsLineIsItsAttribution() {
        // One line break sets paragraphs apart here; the next paragraph's speaker belongs to its own words.
        let found = quotes("“The plan works. We will keep it.”\nPavel Drozdov said the plan had failed.")
        #expect(found.first?.speaker == nil)
    }

    @Test func aQuotationResumedAfterItsAttributionIsOneQuotation() {
        let found = quotes("“It is a difficult issue,” said Anna Berg, “because it sets two rights against each other,” Pavel Drozdov noted.")
        #expect(found.count == 1)
        #expect(found.first?.parts?.count == 2)
        #expect(found.first?.speaker?.text == "Anna Berg")
    }

    @Test func anInvertedCueTakesTheNameAfterIt() {
        let found = quotes("The hall went quiet. Said Tobiah Quell, “The error on our part is painful to me and to all of us.”")
        #expect(found.first?.speaker?.text == "Tobiah Quell")
    }

    @Test func aParticipleCueAfterAnOpeningAdjunctTakesTheClauseSubject() {
        let found = quotes("At the time, she released a statement saying, “The company has always paid its workers fairly.”")
        #expect(found.first?.speaker?.text == "she")
    }

    @Test func aSignatureLineNamesTheSpeaker() {
        let found = quotes("“Taxes on the middle class went up, not down.”\n\n– Anna Berg.\n\nThe claim is misleading.")
        #expect(found.first?.speaker?.text == "Anna Berg")
        #expect(found.first?.cue?.text == "–")
    }

    @Test func aSignatureClosingTheQuotationsLineNamesTheSpeaker() {
        let found = quotes("“He never answers a question.” ― Tobiah Quell\n“We deserve better.” ― Anna Berg.")
        #expect(found.map { $0.speaker?.text } == ["Tobiah Quell", "Anna Berg"])
    }

    @Test func aDashInsideASentenceIsNoSignature() {
        let found = quotes("“We will win” ― the crowd chanted it all night, and nobody left the square.")
        #expect(found.first?.cue?.text != "―")
    }
}
