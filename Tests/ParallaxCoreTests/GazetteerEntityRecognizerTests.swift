import Testing

@testable import ParallaxCore

@Suite struct GazetteerEntityRecognizerTests {
    func mentions(_ string: String) -> [EntityMention] {
        GazetteerEntityRecognizer().mentions(in: TokenizedText(string))
    }

    func tagged(_ string: String) -> [String] {
        mentions(string).map { "\($0.type.rawValue) \($0.text)" }
    }

    @Test func demonymAndTitleSplitOffAPersonsName() {
        #expect(
            tagged("Chilean President Rosa Valdivia met Canadian Prime Minister Owen Hartley.") == [
                "NORP Chilean", "PERSON Rosa Valdivia", "NORP Canadian", "PERSON Owen Hartley",
            ])
    }

    @Test func organizationBeforeALowercaseRoleAndTheNameAfterIt() {
        #expect(tagged("Kremlin foreign policy aide Pavel Drozdov spoke.") == ["ORG Kremlin", "PERSON Pavel Drozdov"])
    }

    @Test func multiWordTitlesWithOfAndCountriesBeforeThem() {
        #expect(
            tagged("U.S. Secretary of State Dana Whitlock and Foreign Minister Chen Lan spoke.") == [
                "GPE U.S.", "PERSON Dana Whitlock", "PERSON Chen Lan",
            ])
        #expect(
            tagged("Mayor of Lisbon Sofia Mendes and Deputy Foreign Minister Ivan Sorokin met.") == [
                "GPE Lisbon", "PERSON Sofia Mendes", "PERSON Ivan Sorokin",
            ])
    }

    @Test func placesPeoplesAndGeographyAreClassified() {
        #expect(
            tagged("Ships crossed the Red Sea toward Egypt while Norwegians watched the Middle East.") == [
                "LOC Red Sea", "GPE Egypt", "NORP Norwegians", "LOC Middle East",
            ])
        #expect(tagged("Rain fell in Nairobi, Texas and the Sahara.") == ["GPE Nairobi", "GPE Texas", "LOC Sahara"])
    }

    @Test func organizationsByListAndByHeadWord() {
        #expect(
            tagged("The IMF, NATO and the Bank of England met at Harvard University.") == [
                "ORG IMF", "ORG NATO", "ORG Bank of England", "ORG Harvard University",
            ])
        #expect(
            tagged("She joined the Ministry of Water and the Northern Alliance Party, then Brightwell Corp.") == [
                "ORG Ministry of Water", "ORG Northern Alliance Party", "ORG Brightwell Corp.",
            ])
    }

    @Test func namesWithOfAndTheInsideStayWhole() {
        #expect(tagged("They gathered in the Great Hall of the People.") == ["LOC Great Hall of the People"])
        #expect(tagged("Ships left the Gulf of Bothnia.") == ["LOC Gulf of Bothnia"])
    }

    @Test func sentenceOpeningFunctionWordsAreNotNames() {
        #expect(
            tagged("The talks ended. But Moscow disagreed. He left. Despite this, Oslo stayed calm.") == [
                "GPE Moscow", "GPE Oslo",
            ])
        #expect(tagged("Calling the plan reckless, Greta Lind walked out.") == ["PERSON Greta Lind"])
    }

    @Test func monthsAndWeekdaysAreNotEntities() {
        #expect(tagged("On Tuesday, 14 March, Paris voted. Monday was quiet in May.") == ["GPE Paris"])
    }

    @Test func singleUnknownWordIsAPersonOnlyWithEvidence() {
        #expect(tagged("Drozdov said the call went well.") == ["PERSON Drozdov"])
        #expect(tagged("Dr. Amara Okoye arrived. Later Okoye left.") == ["PERSON Amara Okoye", "PERSON Okoye"])
        #expect(tagged("Zelgrim went home.") == [])
    }

    @Test func unknownPairFollowedByAnAgeIsAPerson() {
        #expect(tagged("Tomasz Wrobel, 54, resigned.") == ["PERSON Tomasz Wrobel"])
    }

    @Test func eastAsianNamesWithTheFamilyNameFirst() {
        #expect(
            tagged("Zhao Mingyu met Park Sun-hee in Seoul.") == [
                "PERSON Zhao Mingyu", "PERSON Park Sun-hee", "GPE Seoul",
            ])
    }

    @Test func nameParticlesJoinTheName() {
        #expect(
            tagged("Ana Lucia da Costa met Karl von der Heide and Omar al-Rashid.") == [
                "PERSON Ana Lucia da Costa", "PERSON Karl von der Heide", "PERSON Omar al-Rashid",
            ])
    }

    @Test func possessiveCliticEndsTheName() {
        let found = mentions("Moscow’s reply reached Lima.")
        #expect(found.map(\.text) == ["Moscow", "Lima"])
        #expect(found.first?.span == TextSpan(start: 0, end: 6))
    }

    @Test func spansAreScalarOffsets() {
        let string = "“Ça va,” said Zoë Laurent in São Paulo."
        let found = mentions(string)
        #expect(found.map(\.text) == ["Zoë Laurent", "São Paulo"])
        let scalars = Array(string.unicodeScalars)
        for mention in found {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[mention.span.start..<mention.span.end])
            #expect(String(text) == mention.text)
            #expect(mention.entity == nil)
        }
    }

    @Test func mentionsAreOrderedAndDoNotOverlap() {
        let found = mentions("Chinese President Li Wen told the European Union in Brussels that Li would return.")
        for (first, second) in zip(found, found.dropFirst()) { #expect(first.span.end <= second.span.start) }
    }

    @Test func emptyAndPunctuationOnlyTextsHaveNoMentions() {
        #expect(mentions("").isEmpty)
        #expect(mentions("  … — “ ” ,").isEmpty)
    }
}
