import Testing

@testable import ParallaxCore
@testable import ParallaxTraining

@Suite struct BeamDecoderTests {
    static let tags = TagSet.bilou(types: ["X"])
    static let bits = 20

    static func features(_ sentences: [[String]]) -> (StaticFeatures, TaggerInput) {
        let input = TaggerInput(sentences: sentences)
        let decoder = GreedyDecoder(tagSet: tags, task: .namedEntities, bucketBits: bits)
        return (StaticFeatures(input: input, task: .namedEntities, partsOfSpeech: nil, mask: decoder.mask), input)
    }

    /// The model score of `path` over one sentence, as the decoders add it up.
    static func score(_ path: [Int], features: StaticFeatures, weights: [Float]) -> Float {
        let decoder = GreedyDecoder(tagSet: tags, task: .namedEntities, bucketBits: bits)
        let count = tags.count
        var total: Float = 0
        var previous = count
        var beforePrevious = count
        var out = [UInt32](repeating: 0, count: GreedyDecoder.dynamicCount)
        for (i, tag) in path.enumerated() {
            for k in Int(features.offsets[i])..<Int(features.offsets[i + 1]) {
                total += weights[Int(features.buckets[k]) * count + tag]
            }
            out.withUnsafeMutableBufferPointer {
                decoder.dynamicFeatures(i, previous: previous, beforePrevious: beforePrevious, memory: 0, features: features, into: $0.baseAddress!)
            }
            for bucket in out { total += weights[Int(bucket) * count + tag] }
            beforePrevious = previous
            previous = tag
        }
        return total
    }

    /// Whether `tags` is a well-formed BILOU sequence: each tag may follow the one before, and the
    /// last one closes its entity.
    static func wellFormed(_ path: [Int]) -> Bool {
        var previous = tags.count
        for tag in path {
            if !tags.allowed[previous * tags.count + tag] { return false }
            previous = tag
        }
        let last = path.last.map { EntityLabels.split(tags.names[$0]).prefix } ?? "O"
        return last != "B" && last != "I"
    }

    @Test func beamFindsAHigherScoringSequenceThanGreedy() throws {
        // First token: O scores 1, B-X 0.9; after B-X, L-X scores 5. Greedy takes O and is stuck with
        // 1; the beam keeps B-X and finds B-X L-X (5.9).
        let count = Self.tags.count
        let o = 0
        let b = try #require(Self.tags.index(of: "B-X"))
        let l = try #require(Self.tags.index(of: "L-X"))
        let mask = (UInt64(1) << UInt64(Self.bits)) - 1
        let atStart = Int(FeatureHash.feature(60, UInt64(count)) & mask)
        let afterB = Int(FeatureHash.feature(60, UInt64(b)) & mask)
        let (features, input) = Self.features([["blorf", "quann"]])
        let used = Set(features.buckets.map(Int.init))
        try #require(atStart != afterB && !used.contains(atStart) && !used.contains(afterB))
        var weights = [Float](repeating: 0, count: (1 << Self.bits) * count)
        weights[atStart * count + o] = 1
        weights[atStart * count + b] = 0.9
        weights[afterB * count + l] = 5

        let base = GreedyDecoder(tagSet: Self.tags, task: .namedEntities, bucketBits: Self.bits)
        let (greedy, beam) = weights.withUnsafeBufferPointer { table in
            (base.decode(features, sentences: input.sentences, tokenCount: 2, weights: table.baseAddress!),
             BeamDecoder(base: base, width: 4).decode(features, sentences: input.sentences, tokenCount: 2, weights: table.baseAddress!))
        }
        #expect(greedy.map(Int.init) == [o, o])
        #expect(beam.map(Int.init) == [b, l])
        #expect(Self.score(beam.map(Int.init), features: features, weights: weights)
            > Self.score(greedy.map(Int.init), features: features, weights: weights))
    }

    @Test func neverEmitsIllFormedBILOU() {
        // Random weights push towards every kind of tag; the output stays well formed.
        var random = SplitMix64(seed: 11)
        let count = Self.tags.count
        var weights = [Float](repeating: 0, count: (1 << Self.bits) * count)
        let sentences = (0..<20).map { s in (0..<(1 + s % 7)).map { "w\(($0 * 7 + s) % 13)" } }
        let (features, input) = Self.features(sentences)
        let base = GreedyDecoder(tagSet: Self.tags, task: .namedEntities, bucketBits: Self.bits)
        for round in 0..<5 {
            for bucket in Set(features.buckets) {
                for t in 0..<count { weights[Int(bucket) * count + t] = Float(random.next() % 2001) / 100 - 10 }
            }
            for width in [1, 2, 3, 8] {
                let output = weights.withUnsafeBufferPointer {
                    BeamDecoder(base: base, width: width).decode(
                        features, sentences: input.sentences, tokenCount: input.tokens.count, weights: $0.baseAddress!)
                }
                for sentence in input.sentences {
                    #expect(Self.wellFormed(sentence.map { Int(output[$0]) }), "round \(round), width \(width)")
                }
            }
        }
    }

    @Test func emptyInputGivesNoTags() {
        let base = GreedyDecoder(tagSet: Self.tags, task: .namedEntities, bucketBits: 8)
        let weights = [Float](repeating: 0, count: 256 * Self.tags.count)
        let empty = TaggerInput(sentences: [])
        let features = StaticFeatures(input: empty, task: .namedEntities, partsOfSpeech: nil, mask: base.mask)
        let output = weights.withUnsafeBufferPointer {
            BeamDecoder(base: base, width: 4).decode(features, sentences: [], tokenCount: 0, weights: $0.baseAddress!)
        }
        #expect(output.isEmpty)
        let oneEmptySentence = TaggerInput(sentences: [[]])
        let moreFeatures = StaticFeatures(input: oneEmptySentence, task: .namedEntities, partsOfSpeech: nil, mask: base.mask)
        let none = weights.withUnsafeBufferPointer {
            BeamDecoder(base: base, width: 4).decode(
                moreFeatures, sentences: oneEmptySentence.sentences, tokenCount: oneEmptySentence.tokens.count, weights: $0.baseAddress!)
        }
        #expect(none.isEmpty)
    }

    @Test func beamTrainedModelLearnsTheTinyCorpusAndKeepsItsWidth() throws {
        let (tags, documents) = PerceptronTaggerTests.corpus()
        let model = PerceptronTrainer(task: .namedEntities, tagSet: tags, bucketBits: 14, epochs: 10, seed: 7, beamWidth: 4).train(documents)
        #expect(model.beamWidth == 4)
        for sentence in PerceptronTaggerTests.sentences {
            let labels = model.labels(TaggerInput(sentences: [sentence.map(\.0)]))
            #expect(EntityLabels.iob2(labels) == sentence.map(\.1))
        }
        let loaded = try PerceptronTagger(modelBytes: model.encoded())
        #expect(loaded.beamWidth == 4)
        #expect(loaded.encoded() == model.encoded())
    }
}
