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
}
