import Testing

@testable import ParallaxCore

@Suite struct StaticFeaturesTests {
    func features(_ words: [[String]], task: TaggerTask = .namedEntities) -> StaticFeatures {
        StaticFeatures(input: TaggerInput(sentences: words), task: task, partsOfSpeech: nil, mask: (1 << 20) - 1)
    }

    func tokenFeatures(_ f: StaticFeatures, _ i: Int) -> [UInt32] {
        Array(f.buckets[Int(f.offsets[i])..<Int(f.offsets[i + 1])])
    }

    @Test func sameWordInSameContextHasSameFeatures() {
        let f = features([["the", "quiet", "harbour"], ["the", "quiet", "harbour"]])
        #expect(tokenFeatures(f, 1) == tokenFeatures(f, 4))
    }

    @Test func caseChangesExactButNotLowercaseFeatures() {
        let f = features([["Harbour"], ["harbour"]])
        let upper = tokenFeatures(f, 0)
        let lower = tokenFeatures(f, 1)
        #expect(upper[1] == lower[1])  // lowercase word
        #expect(upper[2] != lower[2])  // exact word
        #expect(f.lowerHashes[0] == f.lowerHashes[1])
        #expect(f.capitalized[0] && !f.capitalized[1])
    }

    @Test func shapeCollapsesLongRunsAndSeparatesClasses() {
        let f = features([["Xyzzyplugh"], ["Abcdefghij"], ["ABCD"], ["12.5"]])
        #expect(f.shapes[0] == f.shapes[1])
        #expect(f.shapes[0] != f.shapes[2])
        #expect(f.shapes[2] != f.shapes[3])
    }

    @Test func posFeaturesHaveFewerTemplatesThanEntityFeatures() {
        let pos = features([["a", "b"]], task: .partOfSpeech)
        let ner = features([["a", "b"]], task: .namedEntities)
        #expect(tokenFeatures(pos, 0).count < tokenFeatures(ner, 0).count)
    }

    @Test func gazetteerMarksMultiWordNamesWithPositions() {
        let input = TaggerInput(sentences: [["in", "New", "York", "City", "today"]])
        var codes = [UInt8](repeating: 0, count: input.tokens.count)
        input.bytes.withUnsafeBufferPointer { bytes in
            input.tokens.withUnsafeBufferPointer { tokens in
                GazetteerIndex.shared.mark(sentence: 0..<5, tokens: tokens, bytes: bytes, into: &codes)
            }
        }
        #expect(codes[0] == 0)
        #expect(codes[1] != 0 && codes[1] % 4 == 0)  // B
        #expect(codes[4] == 0)
    }

    @Test func clusterFeaturesAreAddedAndShareWeightsAcrossClassMates() {
        let clusters = WordClusters(depth: 4, paths: ["paris": 5, "berlin": 5, "monday": 9])
        let input = TaggerInput(sentences: [["in", "Paris"], ["in", "Berlin"], ["in", "Monday"]])
        let plain = StaticFeatures(input: input, task: .namedEntities, partsOfSpeech: nil, mask: (1 << 20) - 1)
        let with = StaticFeatures(input: input, task: .namedEntities, partsOfSpeech: nil, clusters: clusters, mask: (1 << 20) - 1)
        #expect(tokenFeatures(with, 1).count > tokenFeatures(plain, 1).count)
        let paris = Set(tokenFeatures(with, 1)).subtracting(tokenFeatures(plain, 1))
        let berlin = Set(tokenFeatures(with, 3)).subtracting(tokenFeatures(plain, 3))
        let monday = Set(tokenFeatures(with, 5)).subtracting(tokenFeatures(plain, 5))
        #expect(paris == berlin)
        #expect(paris != monday)
    }
}
