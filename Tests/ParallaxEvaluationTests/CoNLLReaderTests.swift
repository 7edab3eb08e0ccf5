import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct CoNLLReaderTests {
    @Test func readsDocumentsSentencesAndColumns() throws {
        let text = """
            -DOCSTART- -X- -X- O

            Mara NNP B-NP B-PER
            sailed VBD B-VP O

            Home NN B-NP O
            -DOCSTART- -X- -X- O

            Ostrava NNP B-NP B-LOC

            """
        let documents = try CoNLLReader.documents(text)
        #expect(documents.count == 2)
        #expect(documents[0].sentences.count == 2)
        #expect(documents[0].sentences[0].words == ["Mara", "sailed"])
        #expect(documents[0].sentences[0].partsOfSpeech == ["NNP", "VBD"])
        #expect(documents[0].sentences[0].entities == ["B-PER", "O"])
        #expect(documents[1].sentences[0].entities == ["B-LOC"])
    }

    @Test func oneColumnLineIsATypedError() {
        #expect(throws: CoNLLFormatError.tooFewColumns(line: 2)) { try CoNLLReader.documents("a B\nlonely\n") }
        #expect(throws: CoNLLFormatError.empty) { try CoNLLReader.documents("\n\n") }
    }
}
