import Testing

@testable import ParallaxCore

@Suite struct AttributionExtractorTests {
    struct Extracted {
        let string: String
        let quotes: [Quote]
        let resolution: EntityResolution

        /// The quote whose cue is `cue` (the first one).
        func quote(cue: String) -> Quote? { quotes.first { $0.cue?.text == cue } }

        /// The cluster name a quote's speaker resolves to.
        func speakerName(_ quote: Quote?) -> String? {
            guard let id = quote?.speaker?.entity else { return nil }
            return resolution.clusters.first { $0.id == id }?.name
        }

        /// The text a span covers.
        func text(_ span: TextSpan) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: Array(string.unicodeScalars)[span.start..<span.end])
            return String(view)
        }
    }

    func extract(_ string: String) -> Extracted {
        let text = TokenizedText(string)
        let resolution = NameEntityResolver().resolve(GazetteerEntityRecognizer().mentions(in: text), in: text)
        return Extracted(
            string: string, quotes: AttributionExtractor().quotes(in: text, entities: resolution), resolution: resolution)
    }

    // MARK: - Quotations in marks

    @Test func wholeSentenceDirectQuote() {
        let result = extract("“We will keep talking,” Anton Korsakov said.")
        #expect(result.quotes.map(\.kind) == [.direct])
        #expect(result.quotes.first?.text == "We will keep talking")
        #expect(result.speakerName(result.quotes.first) == "Anton Korsakov")
    }

    @Test func partialQuoteInsideTheReportersSentence() {
        let result = extract("Anton Korsakov and Rosa Valdivia called each other “dear friends” on Monday.")
        let quote = result.quotes.first { $0.kind == .partial }
        #expect(quote?.text == "dear friends")
        #expect(quote?.cue?.text == "called")
    }

    @Test func multiSentenceQuoteIsOneQuote() {
        let result = extract("Rosa Valdivia said: “We are ready. We will not wait. The time is now.”")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.text == "We are ready. We will not wait. The time is now.")
        #expect(result.speakerName(result.quotes.first) == "Rosa Valdivia")
    }

    @Test func unclosedQuoteContinuesIntoTheNextParagraph() {
        let result = extract("“We are ready,” Rosa Valdivia said. “The talks will go on.\n\n“We will not wait.”")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.parts?.count == 3)
        #expect(result.speakerName(result.quotes.first) == "Rosa Valdivia")
    }

    @Test func quoteSplitByItsCueIsOneAttribution() {
        let string = "“The call was warm,” Pavel Drozdov said. “It lasted two hours.”"
        let result = extract(string)
        #expect(result.quotes.count == 1)
        let quote = result.quotes.first
        #expect(quote?.kind == .direct)
        #expect(quote?.cue?.text == "said")
        #expect(quote?.parts.map { $0.map(result.text) } == ["The call was warm", "It lasted two hours."])
        #expect(quote.map { result.text($0.span) }?.hasPrefix("The call was warm") == true)
    }

    @Test func quoteSplitMidSentenceByItsCueIsOneAttribution() {
        let result = extract("“This system is not perfect,” he said, “but it works.”")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.parts?.count == 2)
    }

    @Test func unattributedQuoteRightBeforeAnAttributedOneIsItsFirstPart() {
        let result = extract("Rosa Valdivia spoke last. “We won.” “It was close,” she said.")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.parts?.count == 2)
        #expect(result.quotes.first?.speaker?.text == "she")
        #expect(result.speakerName(result.quotes.first) == "Rosa Valdivia")
    }

    @Test func nestedSingleQuotesStayInside() {
        let result = extract("“They called it ‘a new era’ and meant it,” Rosa Valdivia said.")
        #expect(result.quotes.map(\.text) == ["They called it ‘a new era’ and meant it"])
    }

    @Test func straightAndDoubledApostropheMarks() {
        let straight = extract("\"We are close to a deal,\" Pavel Drozdov said.")
        #expect(straight.quotes.map(\.text) == ["We are close to a deal"])
        let doubled = extract("''We are close to a deal,'' Pavel Drozdov said.")
        #expect(doubled.quotes.map(\.text) == ["We are close to a deal"])
        #expect(doubled.speakerName(doubled.quotes.first) == "Pavel Drozdov")
    }

    @Test func unbalancedMarksNeverCrash() {
        for string in ["” stray close.", "He said “", "“One “Two", "''", "'", "\"", "“”", "said: “", "according to", ", he said."] {
            _ = extract(string)
        }
        #expect(extract("Drozdov said: “We will see\n\nNext paragraph without marks.").quotes.first?.text == "We will see")
    }

    @Test func scareQuotesWithoutACueAreNotAttributions() {
        let result = extract("The “victory” was small.")
        #expect(result.quotes.isEmpty)
    }

    // MARK: - Indirect speech

    @Test func saidThatClause() {
        let result = extract("Anton Korsakov said that the border would reopen next week.")
        let quote = result.quote(cue: "said")
        #expect(quote?.kind == .indirect)
        #expect(quote?.text == "that the border would reopen next week")
        #expect(result.speakerName(quote) == "Anton Korsakov")
    }

    @Test func saidWithoutThat() {
        let result = extract("Rosa Valdivia said the border would reopen next week.")
        #expect(result.quote(cue: "said")?.text == "the border would reopen next week")
    }

    @Test func toldReportersSkipsTheAudience() {
        let result = extract("Pavel Drozdov told reporters the talks had been useful.")
        let quote = result.quote(cue: "told")
        #expect(quote?.text == "the talks had been useful")
        #expect(quote?.speaker?.text == "Pavel Drozdov")
    }

    @Test func accordingToOpeningTheSentence() {
        let result = extract("According to Pavel Drozdov, the leaders spoke for two hours.")
        let quote = result.quote(cue: "According to")
        #expect(quote?.text == "the leaders spoke for two hours")
        #expect(result.speakerName(quote) == "Pavel Drozdov")
    }

    @Test func cueClosingTheSentence() {
        let result = extract("The leaders spoke for two hours on Tuesday, Pavel Drozdov said.")
        let quote = result.quote(cue: "said")
        #expect(quote?.text == "The leaders spoke for two hours on Tuesday")
        #expect(quote?.speaker?.text == "Pavel Drozdov")
        let inverted = extract("The leaders spoke for two hours on Tuesday, said Pavel Drozdov.")
        #expect(inverted.quote(cue: "said")?.text == "The leaders spoke for two hours on Tuesday")
    }

    @Test func hasCalledForAndWarned() {
        let called = extract("Rosa Valdivia has called for an immediate ceasefire.")
        #expect(called.quote(cue: "called")?.text == "for an immediate ceasefire")
        #expect(called.speakerName(called.quote(cue: "called")) == "Rosa Valdivia")
        let warned = extract("Anton Korsakov warned the sanctions would hurt farmers.")
        #expect(warned.quote(cue: "warned")?.text == "the sanctions would hurt farmers")
    }

    @Test func describedAsWithAPartialQuote() {
        let result = extract("Anton Korsakov described the meeting as “a turning point” for both sides.")
        let indirect = result.quotes.first { $0.kind == .indirect }
        #expect(indirect?.cue?.text == "described")
        #expect(indirect?.text == "the meeting as “a turning point” for both sides")
        #expect(result.quotes.contains { $0.kind == .partial && $0.text == "a turning point" })
    }

    @Test func contentStopsBeforeAnotherAttribution() {
        let result = extract("Rosa Valdivia said the talks went well, adding that a deal was near.")
        #expect(result.quote(cue: "said")?.text == "the talks went well")
        #expect(result.quote(cue: "adding")?.text == "that a deal was near")
        #expect(result.speakerName(result.quote(cue: "adding")) == "Rosa Valdivia")
    }

    @Test func relativeClauseReportsOnlyUpToItsClosingComma() {
        let result = extract("The council met, and Ida Holm, who said the levy would cut waste by a third, voted for it.")
        #expect(result.quote(cue: "said")?.text == "the levy would cut waste by a third")
        // A speaker that is not a relative pronoun: the content keeps its inner commas.
        let plain = extract("Ida Holm said the levy, which starts in May, would cut waste.")
        #expect(plain.quote(cue: "said")?.text == "the levy, which starts in May, would cut waste")
    }

    @Test func participleCueTakesTheNearestReportingSpeaker() {
        let result = extract("The leaders met on Monday, Rosa Valdivia said, adding that a deal was near.")
        #expect(result.quote(cue: "adding")?.speaker?.text == "Rosa Valdivia")
        #expect(result.quote(cue: "said")?.text == "The leaders met on Monday")
    }

    @Test func parentheticalAdverbAfterTheCueIsNotContent() {
        let result = extract("Anton Korsakov told Rosa Valdivia, however, that any deal must respect both sides.")
        #expect(result.quote(cue: "told")?.text == "that any deal must respect both sides")
    }

    // MARK: - Speakers, listeners, chains

    @Test func pronounAndRoleSpeakers() {
        let pronoun = extract("Rosa Valdivia arrived late. She said the delay was regrettable.")
        #expect(pronoun.quote(cue: "said")?.speaker?.text == "She")
        #expect(pronoun.speakerName(pronoun.quote(cue: "said")) == "Rosa Valdivia")
        let spokesman = extract("The spokesman said the plan was final.")
        #expect(spokesman.quote(cue: "said")?.speaker?.text == "The spokesman")
        #expect(spokesman.quote(cue: "said")?.speaker?.entity == nil)
        let source = extract("A source said the plan was final.")
        #expect(source.quote(cue: "said")?.speaker?.text == "A source")
        let officials = extract("Officials said the plan was final.")
        #expect(officials.quote(cue: "said")?.speaker?.text == "Officials")
    }

    @Test func pronounSpeakerAfterARoleDescriptionSubject() {
        // The previous sentence's subject is a description of the president; its first name is the
        // guest's. The pronoun opening the attribution is the president's (coreference's answer), a
        // trailing `…, he said` still looks before the reported words only.
        let string = "President Anton Korsakov flew to Oslo on Monday. The president praised the talks while hosting "
            + "Prime Minister Pavel Drozdov at his residence. He denied meeting the rebels in secret."
        let result = extract(string)
        #expect(result.quote(cue: "denied")?.speaker?.text == "He")
        #expect(result.speakerName(result.quote(cue: "denied")) == "Anton Korsakov")
        let trailing = extract(
            "Pavel Drozdov spoke after the vote. “No offer from Anton Korsakov has been received,” he said.")
        #expect(trailing.speakerName(trailing.quote(cue: "said")) == "Pavel Drozdov")
    }

    @Test func roleDescriptionSpeakerIsThePersonItDescribes() {
        let result = extract(
            "President Anton Korsakov arrived in Oslo on Monday. The president said the talks had gone well.")
        #expect(result.quote(cue: "said")?.speaker?.text == "The president")
        #expect(result.speakerName(result.quote(cue: "said")) == "Anton Korsakov")
        // After someone unnamed of the same role, the description is that person's: no entity.
        let unnamed = extract(
            "Kremlin spokesman Pavel Drozdov met Anna Kovac. One senior spokesman close to the talks said "
                + "they had failed. The spokesman said the delegation would leave.")
        #expect(unnamed.quote(cue: "said")?.speaker?.text == "One senior spokesman close to the talks")
        let last = unnamed.quotes.last { $0.cue?.text == "said" }
        #expect(last?.speaker?.text == "The spokesman")
        #expect(last?.speaker?.entity == nil)
    }

    @Test func listenerOfTold() {
        let result = extract("Anton Korsakov told Rosa Valdivia that trade would grow.")
        let quote = result.quote(cue: "told")
        #expect(quote?.listener?.text == "Rosa Valdivia")
        #expect(quote?.text == "that trade would grow")
    }

    @Test func accordingToIsTheReportingSource() {
        let result = extract(
            "Anton Korsakov told Rosa Valdivia that trade would grow, according to foreign policy aide Pavel Drozdov.")
        let told = result.quote(cue: "told")
        #expect(told?.text == "that trade would grow")
        #expect(told?.speaker?.text == "Anton Korsakov")
        #expect(told?.listener?.text == "Rosa Valdivia")
        #expect(told?.via?.text == "Pavel Drozdov")
    }

    @Test func mediaReportingAnotherSpeakerIsTheChain() {
        let result = extract("State media said Rosa Valdivia told Anton Korsakov the visit would go ahead.")
        let outer = result.quote(cue: "said")
        #expect(outer?.speaker?.text == "State media")
        let inner = result.quote(cue: "told")
        #expect(inner?.speaker?.text == "Rosa Valdivia")
        #expect(inner?.via?.text == "State media")
    }

    @Test func quotationOpeningTheNextParagraphTakesTheClosingAttribution() {
        let result = extract("Rosa Valdivia said the talks would go on.\n\n“We will not walk away.”")
        let direct = result.quotes.first { $0.kind == .direct }
        #expect(direct?.speaker?.text == "Rosa Valdivia")
        let far = extract("Rosa Valdivia said the talks would go on. Markets rose.\n\n“We will not walk away.”")
        #expect(far.quotes.first { $0.kind == .direct }?.speaker == nil)
    }

    @Test func weakEvidenceAbstains() {
        let noSpeaker = extract("It was said that the talks failed.")
        #expect(noSpeaker.quotes.allSatisfy { $0.speaker != nil })
        let noCue = extract("“We are ready.”")
        #expect(noCue.quotes.first?.speaker == nil)
    }

    @Test func emptyTextHasNoQuotes() {
        #expect(extract("").quotes.isEmpty)
    }
}
