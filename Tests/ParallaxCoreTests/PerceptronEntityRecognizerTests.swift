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
}
