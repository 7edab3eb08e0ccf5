import Foundation
import Testing

@testable import ParallaxCore

@Suite struct BundledTaggersTests {
    @Test func bundledModelsLoadAndTagAnInventedSentence() throws {
        let pos = try BundledTaggers.model(.partOfSpeech)
        let ner = try BundledTaggers.model(.namedEntities)
        #expect(pos.task == .partOfSpeech)
        #expect(ner.task == .namedEntities)
        let input = TaggerInput(sentences: [["Yesterday", "Elena", "Marsh", "visited", "Paris", "on", "Monday", "."]])
        let tags = pos.tag(input)
        #expect(pos.tagSet.names[Int(tags[1])] == "NNP")
        let labels = EntityLabels.iob2(ner.labels(input, partsOfSpeech: tags))
        let chunks = ChunkExtractor.chunks(labels)
        #expect(chunks.contains(LabeledChunk(start: 1, end: 3, type: "PER")))
        #expect(chunks.contains(LabeledChunk(start: 4, end: 5, type: "LOC")))
    }
}
