import Testing

@testable import ParallaxCore

@Suite struct PerceptronEntityRecognizerTests {
    @Test func mapsLocationsToGPEWhenListedAndNationalitiesToNORP() {
        #expect(PerceptronEntityRecognizer.parallaxType("LOC", key: "Paris") == .geopolitical)
        #expect(PerceptronEntityRecognizer.parallaxType("LOC", key: "Lake Vellar") == .location)
        #expect(PerceptronEntityRecognizer.parallaxType("MISC", key: "Chinese") == .nationality)
        #expect(PerceptronEntityRecognizer.parallaxType("MISC", key: "Harvest Fair") == .miscellaneous)
        #expect(PerceptronEntityRecognizer.parallaxType("PER", key: "Ilsa Varn") == .person)
    }

    @Test func dropsTitlesAndLowercaseEdgesFromNames() {
        let text = TokenizedText("Mayor Ilona Farkas saw the West as decadent and")
        #expect(PerceptronEntityRecognizer.withoutTitles(0..<3, in: text) == 1..<3)
        #expect(PerceptronEntityRecognizer.withoutLowercaseEdges(4..<9, in: text) == 5..<6)
        #expect(PerceptronEntityRecognizer.withoutLowercaseEdges(5..<9, in: text) == 5..<6)
    }

    @Test func findsPeopleAndPlacesInAnInventedText() throws {
        let recognizer = try PerceptronEntityRecognizer()
        let mentions = recognizer.mentions(in: TokenizedText("Elena Marsh flew to Paris on Monday to meet Tomas Brandt."))
        #expect(mentions.contains { $0.text == "Elena Marsh" && $0.type == .person })
        #expect(mentions.contains { $0.text == "Paris" && $0.type == .geopolitical })
        #expect(recognizer.mentions(in: TokenizedText("")).isEmpty)
    }

    @Test func aNameAfterAModelNumberIsAProductNotAPerson() throws {
        #expect(PerceptronEntityRecognizer.isModelNumber("787"))
        #expect(PerceptronEntityRecognizer.isModelNumber("40"))
        #expect(!PerceptronEntityRecognizer.isModelNumber("2019"))
        #expect(!PerceptronEntityRecognizer.isModelNumber("7"))
        #expect(!PerceptronEntityRecognizer.isModelNumber("A380"))
        let recognizer = try PerceptronEntityRecognizer()
        let mentions = recognizer.mentions(in: TokenizedText("Harlan Voss said the 787 Dreamliner would fly again in 2020."))
        #expect(!mentions.contains { $0.text.contains("Dreamliner") && $0.type == .person })
        #expect(mentions.contains { $0.text == "Harlan Voss" && $0.type == .person })
    }

    @Test func aNameAfterAnOrganizationNounIsThatOrganizationThroughoutTheArticle() throws {
        let recognizer = try PerceptronEntityRecognizer()
        // Without the rule the tagger takes both for a person.
        let text = "JERUSALEM — Israel's public broadcaster Tavi reported on Tuesday that the talks had stalled. "
            + "Tavi said the cabinet would meet again on Sunday."
        let mentions = recognizer.mentions(in: TokenizedText(text))
        let tavi = mentions.filter { $0.text == "Tavi" }
        #expect(tavi.count == 2)
        #expect(tavi.allSatisfy { $0.type == .organization })
        // A given name after such a noun starts a person's name ("the company Tom Harlow founded").
        let founder = recognizer.mentions(in: TokenizedText("The company Tom Harlow founded sold its stake on Monday."))
        #expect(!founder.contains { $0.text.contains("Harlow") && $0.type == .organization })
    }
}
