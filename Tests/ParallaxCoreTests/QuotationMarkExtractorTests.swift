import Testing

@testable import ParallaxCore

@Suite struct QuotationMarkExtractorTests {
    struct Extracted {
        let quotes: [Quote]
        let resolution: EntityResolution

        func speakerName(_ index: Int) -> String? {
            guard index < quotes.count, let id = quotes[index].speaker?.entity else { return nil }
            return resolution.clusters.first { $0.id == id }?.name
        }
    }

    func extract(_ string: String) -> Extracted {
        let text = TokenizedText(string)
        let resolution = NameEntityResolver().resolve(GazetteerEntityRecognizer().mentions(in: text), in: text)
        return Extracted(
            quotes: QuotationMarkExtractor().quotes(in: text, entities: resolution), resolution: resolution)
    }

    @Test func cueAndSpeakerAfterTheClosingMark() {
        let result = extract("“We will keep talking,” Drozdov said. “Nothing is settled,” said Anton Korsakov.")
        #expect(result.quotes.map(\.text) == ["We will keep talking", "Nothing is settled"])
        #expect(result.quotes.map(\.kind) == [.direct, .direct])
        #expect(result.quotes.map { $0.cue?.text } == ["said", "said"])
        #expect(result.quotes.map { $0.speaker?.text } == ["Drozdov", "Anton Korsakov"])
        #expect(result.speakerName(1) == "Anton Korsakov")
    }

    @Test func cueAndSpeakerBeforeTheOpeningMark() {
        let result = extract("Kremlin aide Pavel Drozdov told reporters: “The call was warm and lasted two hours.”")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.cue?.text == "told")
        #expect(result.quotes.first?.speaker?.text == "Pavel Drozdov")
        #expect(result.quotes.first?.kind == .direct)
    }

    @Test func contentSpanExcludesTheMarksAndIsExact() {
        let string = "She said: “Ça marche, c’est sûr.” Then she left."
        let quote = extract(string).quotes.first
        #expect(quote?.text == "Ça marche, c’est sûr.")
        let scalars = Array(string.unicodeScalars)
        if let span = quote?.span {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            #expect(String(view) == quote?.text)
        }
    }

    @Test func quoteSplitByItsCueAndGoingOnInTheNextParagraphIsOneQuote() {
        let result = extract(
            "“The border is open,” Anton Korsakov said. “Trade will recover by spring.”\n\n“Prices will fall.”")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.text == "The border is open … Trade will recover by spring. … Prices will fall.")
        #expect(result.quotes.first?.parts?.count == 3)
        #expect(result.speakerName(0) == "Anton Korsakov")
    }

    @Test func quoteInTheNextParagraphAfterALongGapDoesNotInherit() {
        let result = extract(
            "“The border is open,” Anton Korsakov said. Officials in the capital spent the whole of the week "
                + "arguing about the rules for trucks, buses and trains. Nobody agreed.\n\n“Prices will fall.”")
        #expect(result.quotes.count == 2)
        #expect(result.quotes.last?.speaker == nil)
    }

    @Test func scareQuoteAfterAnAttributedQuoteDoesNotInherit() {
        let result = extract("“We won,” Anton Korsakov said. The “victory” was small.")
        #expect(result.quotes.map(\.kind) == [.direct, .partial])
        #expect(result.quotes.last?.speaker == nil)
    }

    @Test func quotationRunningIntoTheNextParagraphContinues() {
        let result = extract("Rosa Valdivia said: “We are ready.\n\n“We will not wait.”")
        #expect(result.quotes.map(\.text) == ["We are ready. … We will not wait."])
        #expect(result.quotes.first?.parts?.count == 2)
        #expect(result.quotes.map { $0.speaker?.text } == ["Rosa Valdivia"])
    }

    @Test func partialQuoteTakesTheSentenceSubject() {
        let result = extract(
            "Anton Korsakov referred to Rosa Valdivia as a “dear friend” and praised their “steady” ties.")
        #expect(result.quotes.map(\.kind) == [.partial, .partial])
        #expect(result.quotes.map { $0.cue?.text } == ["referred", "praised"])
        #expect(result.speakerName(0) == "Anton Korsakov")
        #expect(result.speakerName(1) == "Anton Korsakov")
    }

    @Test func pronounSpeakerResolvesToTheRecentSubject() {
        let result = extract(
            "Rosa Valdivia met Anton Korsakov on Monday. She spoke first. “We want calm,” she said.")
        #expect(result.quotes.first?.speaker?.text == "she")
        #expect(result.speakerName(0) == "Rosa Valdivia")
    }

    @Test func accordingToNamesTheSpeaker() {
        let result = extract("The leaders “agreed to meet again”, according to Pavel Drozdov.")
        #expect(result.quotes.first?.kind == .partial)
        #expect(result.quotes.first?.cue?.text == "according to")
        #expect(result.speakerName(0) == "Pavel Drozdov")
    }

    @Test func rolePhraseSpeakersHaveNoEntity() {
        let result = extract("“It was a good day,” a Kremlin source said. “No comment,” the ministry said.")
        #expect(result.quotes.map { $0.speaker?.text } == ["a Kremlin source", "the ministry"])
        #expect(result.quotes.allSatisfy { $0.speaker?.entity == nil })
    }

    @Test func noCueMeansNoSpeaker() {
        let result = extract("The crowd waved “Peace now” banners above the square.")
        #expect(result.quotes.map(\.text) == ["Peace now"])
        #expect(result.quotes.first?.speaker == nil)
        #expect(result.quotes.first?.cue == nil)
    }

    @Test func straightQuotesPair() {
        let result = extract("\"We are close to a deal,\" Drozdov said.")
        #expect(result.quotes.map(\.text) == ["We are close to a deal"])
        #expect(result.quotes.first?.speaker?.text == "Drozdov")
    }

    @Test func nestedSingleQuotesStayInsideTheOuterQuote() {
        let result = extract("“They called it ‘a new era’ and meant it,” Rosa Valdivia said.")
        #expect(result.quotes.map(\.text) == ["They called it ‘a new era’ and meant it"])
        #expect(result.quotes.first?.speaker?.text == "Rosa Valdivia")
    }

    @Test func unbalancedMarksDoNotCrashAndGiveSensibleQuotes() {
        #expect(extract("” stray close and the leaders’ talks.").quotes.isEmpty)
        let unclosed = extract("Drozdov said: “We will see\n\nNext paragraph without marks.")
        #expect(unclosed.quotes.map(\.text) == ["We will see"])
        let trailing = extract("He said “")
        #expect(trailing.quotes.isEmpty)
        let openOnly = extract("“One “Two")
        #expect(openOnly.quotes.map(\.text) == ["Two"])
    }

    @Test func abbreviationInTheSpeakersAppositionDoesNotEndTheAttribution() {
        let result = extract("“We will be heard,” Rosa Valdivia, Oxfam U.K.'s director, said in an interview.")
        #expect(result.quotes.first?.cue?.text == "said")
        #expect(result.quotes.first?.speaker?.text == "Rosa Valdivia")
    }

    @Test func aCharacterizingVerbBeforeAsIntroducesAFullQuotation() {
        let result = extract(
            "Pavel Drozdov, a former aide to the mayor, dismissed it in an email as "
                + "“a plot dressed up as a lawsuit, nothing more.”")
        #expect(result.quotes.first?.kind == .direct)
        #expect(result.quotes.first?.cue?.text == "dismissed")
        #expect(result.quotes.first?.speaker?.text == "Pavel Drozdov")
    }

    @Test func aNameInsideTheSubjectsAsideIsNotTheSubjectAPronounRefersTo() {
        let result = extract(
            "Pavel Drozdov told reporters the talks went well. The minister, sitting next to Rosa Valdivia, "
                + "said he believed “there is a lot of goodwill” in the room.")
        #expect(result.quotes.map(\.text) == ["there is a lot of goodwill"])
        #expect(result.speakerName(0) == "Pavel Drozdov")
    }

    @Test func aSentenceOpeningWithAPronounHasNoNamedSubject() {
        let result = extract(
            "Pavel Drozdov is expected to meet Rosa Valdivia in May. He has said he hoped to discuss the port "
                + "with Valdivia but warned he would “respectfully” walk out.")
        #expect(result.quotes.map(\.text) == ["respectfully"])
        #expect(result.speakerName(0) == "Pavel Drozdov")
    }

    @Test func aNameOpeningAClauseAfterAnAdjunctIsTheSubject() {
        let result = extract(
            "Pavel Drozdov spoke first. The next day, President Anton Korsakov said he believed “the worst is over” now.")
        #expect(result.speakerName(0) == "Anton Korsakov")
    }

    @Test func aQuotedPronounOpeningASentenceIsNotItsSubject() {
        let result = extract(
            "Rosa Valdivia announced the plan. “The deal is done. We expect approval by May,” Pavel Drozdov said. "
                + "He called it “a lifeline.”")
        #expect(result.quotes.last?.text == "a lifeline.")
        #expect(result.speakerName(result.quotes.count - 1) == "Pavel Drozdov")
    }

    @Test func aPassiveCharacterizingVerbBeforeAsIntroducesNoQuotation() {
        for text in [
            "Pavel Drozdov was described as “the most capable negotiator in the room, bar none,” by his aides.",
            "Pavel Drozdov was widely described as “the most capable negotiator in the room, bar none,” by aides.",
        ] {
            let result = extract(text)
            #expect(result.quotes.first?.cue?.text != "described")
            #expect(result.quotes.first?.speaker?.text != "Pavel Drozdov")
        }
        let active = extract("Rosa Valdivia described him as “the most capable negotiator in the room, bar none.”")
        #expect(active.quotes.first?.cue?.text == "described")
        #expect(active.quotes.first?.speaker?.text == "Rosa Valdivia")
    }

    @Test func aPassiveVerbBeforeAsIntroducesNoQuotation() {
        let result = extract("Drozdov, who was widely viewed as “the most capable negotiator in the room, bar none,” left early.")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.cue?.text != "viewed")
        #expect(result.quotes.first?.speaker?.text != "Drozdov")
    }

    @Test func emptyTextHasNoQuotes() {
        #expect(extract("").quotes.isEmpty)
    }
}
