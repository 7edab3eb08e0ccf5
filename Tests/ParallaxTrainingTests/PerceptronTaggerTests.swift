import Foundation
import Testing

@testable import ParallaxCore
@testable import ParallaxTraining

@Suite struct PerceptronTaggerTests {
    /// A tiny invented corpus: capitalized names after "met" are people, after "in" places.
    static let sentences: [[(String, String)]] = [
        [("Ilsa", "B-PER"), ("Varn", "I-PER"), ("met", "O"), ("Tomas", "B-PER"), ("in", "O"), ("Quelport", "B-LOC"), (".", "O")],
        [("Tomas", "B-PER"), ("flew", "O"), ("to", "O"), ("Brindle", "B-LOC"), ("Bay", "I-LOC"), (".", "O")],
        [("Ilsa", "B-PER"), ("stayed", "O"), ("in", "O"), ("Quelport", "B-LOC"), (".", "O")],
        [("the", "O"), ("Harrow", "B-ORG"), ("Guild", "I-ORG"), ("hired", "O"), ("Ilsa", "B-PER"), ("Varn", "I-PER"), (".", "O")],
    ]

    static func corpus() -> (TagSet, [TrainingDocument]) {
        let tags = TagSet.bilou(types: ["LOC", "ORG", "PER"])
        let documents = sentences.map { sentence in
            TrainingDocument(
                input: TaggerInput(sentences: [sentence.map(\.0)]),
                gold: EntityLabels.bilou(sentence.map(\.1)).map { UInt16(tags.index(of: $0) ?? 0) })
        }
        return (tags, documents)
    }

    static func trained() -> PerceptronTagger {
        let (tags, documents) = corpus()
        return PerceptronTrainer(task: .namedEntities, tagSet: tags, bucketBits: 14, epochs: 10, seed: 7).train(documents)
    }

    @Test func trainingOnATinyCorpusLearnsIt() {
        let model = Self.trained()
        for sentence in Self.sentences {
            let labels = model.labels(TaggerInput(sentences: [sentence.map(\.0)]))
            #expect(EntityLabels.iob2(labels) == sentence.map(\.1))
        }
    }

    @Test func trainingIsReproducibleFromTheSeed() {
        #expect(Self.trained().encoded() == Self.trained().encoded())
    }

    @Test func modelRoundTripsThroughItsBinaryForm() throws {
        let model = Self.trained()
        let bytes = model.encoded()
        let loaded = try PerceptronTagger(modelBytes: bytes)
        #expect(loaded.tagSet == model.tagSet)
        #expect(loaded.bucketBits == model.bucketBits)
        #expect(loaded.encoded() == bytes)
        let input = TaggerInput(sentences: [["Tomas", "met", "Ilsa", "in", "Brindle", "Bay"]])
        #expect(loaded.labels(input) == model.labels(input))
    }

    @Test func truncatedModelIsATypedError() {
        let bytes = Self.trained().encoded()
        #expect(throws: TaggerModelError.truncated(atByte: bytes.count - 10)) {
            try PerceptronTagger(modelBytes: Array(bytes.prefix(bytes.count - 10)))
        }
        #expect(throws: TaggerModelError.truncated(atByte: 2)) { try PerceptronTagger(modelBytes: Array(bytes.prefix(2))) }
    }

    @Test func damagedModelIsATypedError() {
        var bytes = Self.trained().encoded()
        bytes[bytes.count / 2] ^= 0x40
        #expect(throws: TaggerModelError.checksumMismatch) { try PerceptronTagger(modelBytes: bytes) }
    }

    @Test func wrongMagicOrVersionIsATypedError() {
        var bytes = Self.trained().encoded()
        #expect(throws: TaggerModelError.notAModel) { try PerceptronTagger(modelBytes: Array("hello world".utf8)) }
        bytes[4] = 9
        #expect(throws: TaggerModelError.unsupportedVersion(found: 9, supported: PerceptronTagger.formatVersion)) {
            try PerceptronTagger(modelBytes: bytes)
        }
    }

    @Test func taggingNeverCrashesOnEmptyHugeOrOddInput() {
        let model = Self.trained()
        #expect(model.tag(TaggerInput(sentences: [])).isEmpty)
        #expect(model.tag(TaggerInput(sentences: [[]])).isEmpty)
        #expect(model.tag(TaggerInput(sentences: [["", "", "\u{0}"]])).count == 3)
        let odd = ["🙂", "Ǆemal", "ÅSA", "--", "''", String(repeating: "x", count: 10_000), "\u{200B}"]
        #expect(model.tag(TaggerInput(sentences: [odd])).count == odd.count)
        let huge = [[String]](repeating: ["Ilsa", "met", "Tomas", "in", "Quelport", "."], count: 5_000)
        #expect(model.tag(TaggerInput(sentences: huge)).count == 30_000)
        let broken = TaggerInput(bytes: Array("abc".utf8), tokens: [0..<3, 2..<99, 7..<9], sentences: [0..<2, 1..<7])
        #expect(model.tag(broken).count == 3)
        #expect(model.tag(TaggerInput(sentences: [["Ilsa"]]), partsOfSpeech: []).count == 1)
    }

    @Test func tagSetForbidsIllFormedBILOUSequences() {
        let tags = TagSet.bilou(types: ["PER"])
        let start = tags.count
        func allowed(_ previous: Int, _ tag: String) -> Bool { tags.allowed[previous * tags.count + (tags.index(of: tag) ?? 0)] }
        #expect(!allowed(start, "I-PER"))
        #expect(allowed(start, "U-PER"))
        #expect(allowed(tags.index(of: "B-PER") ?? 0, "L-PER"))
        #expect(!allowed(tags.index(of: "B-PER") ?? 0, "O"))
    }
}
