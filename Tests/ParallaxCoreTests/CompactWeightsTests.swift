import Testing

@testable import ParallaxCore

/// `CompactWeights` keeps only the non-empty rows of a tagger's weights; tagging through it must give
/// exactly what the dense table gives.
@Suite("Compact weights")
struct CompactWeightsTests {
    /// Dense weights over `1 << bits` buckets with a few non-empty rows, deterministic.
    static func denseWeights(bits: Int, tagCount: Int, seed: UInt64) -> [Int16] {
        var generator = SplitMix64(seed: seed)
        var weights = [Int16](repeating: 0, count: (1 << bits) * tagCount)
        for bucket in 0..<(1 << bits) where generator.next() % 5 == 0 {
            for tag in 0..<tagCount where generator.next() % 3 != 0 {
                weights[bucket * tagCount + tag] = Int16(truncatingIfNeeded: Int(generator.next() % 2_001) - 1_000)
            }
        }
        return weights
    }

    @Test("only non-empty rows are stored; every bucket reads its own weights, empty ones zeros")
    func packsRows() {
        let tagCount = 5
        let dense = Self.denseWeights(bits: 8, tagCount: tagCount, seed: 3)
        let table = CompactWeights(dense: dense, tagCount: tagCount)
        let nonEmpty = (0..<256).filter { bucket in (0..<tagCount).contains { dense[bucket * tagCount + $0] != 0 } }
        #expect(table.bucketCount == 256)
        #expect(table.rowCount == nonEmpty.count)
        #expect(table.rowCount < 256)
        for bucket in 0..<256 {
            for tag in 0..<tagCount { #expect(table[bucket, tag] == dense[bucket * tagCount + tag]) }
        }
        #expect(table.nonZeroCount == dense.filter { $0 != 0 }.count)
        // Every empty bucket reads row 0, which holds zeros.
        #expect((0..<256).filter { table.rowOfBucket[$0] == 0 }.count == 256 - nonEmpty.count)
        #expect((0..<tagCount).allSatisfy { table.rows[$0] == 0 })
    }

    @Test("an empty table has no rows and no weights")
    func emptyTable() {
        let table = CompactWeights(dense: [], tagCount: 4)
        #expect(table.bucketCount == 0)
        #expect(table.rowCount == 0)
        #expect(table.nonZeroCount == 0)
    }

    @Test("greedy and beam tagging through the packed table equal decoding the dense table, and the file round-trips")
    func taggingMatchesTheDenseTable() throws {
        let tags = TagSet.bilou(types: ["PER", "LOC"])
        let bits = 10
        let dense = Self.denseWeights(bits: bits, tagCount: tags.count, seed: 11)
        let input = TaggerInput(sentences: [
            ["Tomas", "Varga", "met", "Ilsa", "Brandt", "in", "Brindle", "Bay", "."],
            ["Varga", "said", "the", "talks", "in", "Brindle", "went", "well", "."],
            ["Nobody", "answered", "."],
        ])
        let plain = GreedyDecoder(tagSet: tags, task: .namedEntities, bucketBits: bits)
        let features = StaticFeatures(input: input, task: .namedEntities, partsOfSpeech: nil, mask: plain.mask)
        for width in [1, 4] {
            let expected = dense.withUnsafeBufferPointer { weights -> [UInt16] in
                guard let base = weights.baseAddress else { return [] }
                if width == 1 {
                    return plain.decode(features, sentences: input.sentences, tokenCount: input.tokens.count, weights: base)
                }
                return BeamDecoder(base: plain, width: width).decode(
                    features, sentences: input.sentences, tokenCount: input.tokens.count, weights: base)
            }
            let scale: Float = 0.01
            var model = PerceptronTagger(task: .namedEntities, tagSet: tags, bucketBits: bits, weights: dense, scale: scale)
            if width > 1 { model = try PerceptronTagger(modelBytes: Self.withBeam(model.encoded(), width: width)) }
            #expect(model.tag(input) == expected, "width \(width)")
            // The decoders compare scores, so the scale does not change the tags; the loaded model is the same.
            let loaded = try PerceptronTagger(modelBytes: model.encoded())
            #expect(loaded.tag(input) == expected, "width \(width)")
            #expect(loaded.encoded() == model.encoded())
            #expect(Set(expected).count > 1, "the weights must make the decoders choose")
        }
    }

    @Test("a file announcing more rows than its bytes can hold is refused before anything is allocated")
    func rowCountBeyondTheFile() throws {
        let tags = TagSet(names: ["A", "B"])
        let model = PerceptronTagger(task: .partOfSpeech, tagSet: tags, bucketBits: 20, weights: [Int16](repeating: 0, count: 2 << 20), scale: 1)
        var bytes = model.encoded()
        // Header: magic 4, version 2, length 4, task 1, bits 1, clusters 4, beam 1, tag count 2, names, scale 4.
        let rowCountAt = 4 + 2 + 4 + 1 + 1 + 4 + 1 + 2 + tags.names.reduce(0) { $0 + 1 + $1.utf8.count } + 4
        let huge: UInt32 = 1 << 20
        for k in 0..<4 { bytes[rowCountAt + k] = UInt8(truncatingIfNeeded: huge >> (8 * UInt32(k))) }
        let checksum = PerceptronTagger.checksum(bytes[0..<(bytes.count - 4)])
        for k in 0..<4 { bytes[bytes.count - 4 + k] = UInt8(truncatingIfNeeded: checksum >> (8 * UInt32(k))) }
        #expect(throws: TaggerModelError.corrupt("more rows than buckets or bytes")) { try PerceptronTagger(modelBytes: bytes) }
    }

    /// `bytes` with its beam width set to `width` and the checksum made good again.
    static func withBeam(_ bytes: [UInt8], width: Int) -> [UInt8] {
        var bytes = bytes
        bytes[4 + 2 + 4 + 1 + 1 + 4] = UInt8(width)
        let checksum = PerceptronTagger.checksum(bytes[0..<(bytes.count - 4)])
        for k in 0..<4 { bytes[bytes.count - 4 + k] = UInt8(truncatingIfNeeded: checksum >> (8 * UInt32(k))) }
        return bytes
    }
}
