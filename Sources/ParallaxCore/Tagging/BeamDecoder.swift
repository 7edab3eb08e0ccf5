/// Beam search over each sentence's tag sequences, with the same features as `GreedyDecoder`: the
/// `width` best partial sequences are kept at every token, each with its own two previous tags and
/// document memory, and a sentence may only end on a tag that closes its entity (not `B-`, `I-`).
///
/// With `width` 1 it reduces to greedy decoding (plus the end-of-sentence constraint). Training
/// (`gold` given) uses the early update of Collins & Roark (2004): as soon as the gold prefix falls
/// out of the beam — or, at the end, when the best sequence is not the gold one — `update` is told the
/// features of both prefixes, and decoding moves on to the next sentence.
package struct BeamDecoder: Sendable {
    /// The feature templates, tag constraints and entity types.
    let base: GreedyDecoder
    /// Partial sequences kept per token.
    let width: Int
    /// Whether a sentence may end on each tag.
    let canEnd: [Bool]

    /// A beam decoder of `width` over `base`'s features.
    package init(base: GreedyDecoder, width: Int) {
        self.base = base
        self.width = max(width, 1)
        canEnd = base.tagSet.names.map {
            let prefix = EntityLabels.split($0).prefix
            return prefix != "B" && prefix != "I"
        }
    }

    /// One partial sequence: its score, last tag and the index of its parent in the previous beam.
    private struct Item {
        var score: Float
        var tag: Int32
        var parent: Int32
    }

    /// Tags every sentence of a document. In training, `gold` holds the true tags and `update` is
    /// called with a token, its feature buckets along one path, that path's tag at the token, and +1
    /// (gold path) or −1 (predicted path).
    package func decode<Weight: WeightElement>(
        _ features: StaticFeatures, sentences: [Range<Int>], tokenCount: Int,
        weights: UnsafePointer<Weight>, gold: [UInt16]? = nil,
        update: ((_ token: Int, _ buckets: UnsafeBufferPointer<UInt32>, _ tag: Int, _ sign: Float) -> Void)? = nil
    ) -> [UInt16] {
        let tagSet = base.tagSet
        let tagCount = tagSet.count
        var tags = [UInt16](repeating: 0, count: tokenCount)
        guard tagCount > 0, tokenCount > 0 else { return tags }
        var memory = HashedKeyTable<UInt8>(capacity: 64)
        let maxStatic = features.offsets.indices.dropFirst().map { Int(features.offsets[$0] - features.offsets[$0 - 1]) }.max() ?? 0
        let scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: maxStatic + GreedyDecoder.dynamicCount)
        let staticScores = UnsafeMutablePointer<Float>.allocate(capacity: tagCount)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: tagCount)
        defer {
            scratch.deallocate()
            staticScores.deallocate()
            scores.deallocate()
        }
        // beams[k * width ..< k * width + counts[k]] is the beam after the k-th token of the sentence.
        var beams: [Item] = []
        var counts: [Int] = []
        // The best candidates for the next beam, best first, and how many there are.
        let top = UnsafeMutablePointer<Item>.allocate(capacity: width)
        defer { top.deallocate() }
        var path: [Int] = []
        let typeOfTag = base.typeOfTag
        let entities = base.task == .namedEntities

        /// The tags of the sequence ending at `beams[k * width + index]`, for the sentence's first `k + 1` tokens.
        func backtrack(_ k: Int, _ index: Int) -> [Int] {
            var out = [Int](repeating: 0, count: k + 1)
            var position = k
            var at = index
            while position >= 0 {
                let item = beams[position * width + at]
                out[position] = Int(item.tag)
                at = Int(item.parent)
                position -= 1
            }
            return out
        }

        /// The type remembered for token `i` given the sentence's tags so far along one sequence.
        func remembered(_ i: Int, start: Int, k: Int, index: Int, repeated: Bool) -> UInt8 {
            guard entities, features.capitalized[i] else { return 0 }
            let key = features.lowerHashes[i]
            guard repeated else { return memory[key] ?? 0 }
            var position = k
            var at = index
            while position >= 0 {
                let item = beams[position * width + at]
                let j = start + position
                if features.capitalized[j], features.lowerHashes[j] == key, typeOfTag[Int(item.tag)] != 0 {
                    return typeOfTag[Int(item.tag)]
                }
                at = Int(item.parent)
                position -= 1
            }
            return memory[key] ?? 0
        }

        /// Reports the features of `sequence` (tags of the sentence's first tokens) to `update`.
        func report(_ sequence: [Int], start: Int, sign: Float, update: (Int, UnsafeBufferPointer<UInt32>, Int, Float) -> Void) {
            var previous = tagCount
            var beforePrevious = tagCount
            for (offset, tag) in sequence.enumerated() {
                let i = start + offset
                let first = Int(features.offsets[i])
                let staticCount = Int(features.offsets[i + 1]) - first
                for k in 0..<staticCount { scratch[k] = features.buckets[first + k] }
                var recall: UInt8 = 0
                if entities, features.capitalized[i] {
                    recall = memory[features.lowerHashes[i]] ?? 0
                    for back in stride(from: offset - 1, through: 0, by: -1) {
                        let j = start + back
                        if features.capitalized[j], features.lowerHashes[j] == features.lowerHashes[i], typeOfTag[sequence[back]] != 0 {
                            recall = typeOfTag[sequence[back]]
                            break
                        }
                    }
                }
                base.dynamicFeatures(i, previous: previous, beforePrevious: beforePrevious, memory: recall, features: features, into: scratch + staticCount)
                update(i, UnsafeBufferPointer(start: scratch, count: staticCount + GreedyDecoder.dynamicCount), tag, sign)
                beforePrevious = previous
                previous = tag
            }
        }

        func remember(_ sequence: [Int], start: Int) {
            guard entities else { return }
            for (offset, tag) in sequence.enumerated() {
                let i = start + offset
                if features.capitalized[i], typeOfTag[tag] != 0 { memory[features.lowerHashes[i]] = typeOfTag[tag] }
            }
        }

        // The history features that do not depend on the token, tabled: previous and the two previous
        // tags (`pairScores`), and the remembered type with capitalization (`recallScores`); and those
        // of the current token for each previous tag (`wordScores`, filled when first needed).
        let states = tagCount + 1
        let recallRows = (Int(typeOfTag.max() ?? 0) + 1) * 2
        let pairScores = UnsafeMutablePointer<Float>.allocate(capacity: states * states * tagCount)
        let recallScores = UnsafeMutablePointer<Float>.allocate(capacity: recallRows * tagCount)
        let wordScores = UnsafeMutablePointer<Float>.allocate(capacity: states * tagCount)
        var wordStamp = [Int](repeating: -1, count: states)
        defer {
            pairScores.deallocate()
            recallScores.deallocate()
            wordScores.deallocate()
        }
        func fillTables() {
            for previous in 0..<states {
                let byPrevious = weights + Int(base.row(FeatureHash.feature(60, UInt64(previous)))) * tagCount
                for beforePrevious in 0..<states {
                    let byPair = weights + Int(base.row(FeatureHash.feature(61, UInt64(beforePrevious), UInt64(previous)))) * tagCount
                    let out = pairScores + (beforePrevious * states + previous) * tagCount
                    for t in 0..<tagCount { out[t] = byPrevious[t].floatValue + byPair[t].floatValue }
                }
            }
            for row in 0..<recallRows {
                let byRecall = weights + Int(base.row(FeatureHash.feature(64, UInt64(row / 2), UInt64(row % 2)))) * tagCount
                for t in 0..<tagCount { recallScores[row * tagCount + t] = byRecall[t].floatValue }
            }
            for index in wordStamp.indices { wordStamp[index] = -1 }
        }
        fillTables()

        var sink: Float = 0
        tagSet.allowed.withUnsafeBufferPointer { allowed in
            for sentence in sentences {
                let sentence = sentence.clamped(to: 0..<tokenCount)
                guard !sentence.isEmpty else { continue }
                // Training changes the weights after each sentence.
                if update != nil, gold != nil { fillTables() }
                let start = sentence.lowerBound
                beams.removeAll(keepingCapacity: true)
                counts.removeAll(keepingCapacity: true)
                var goldAlive = gold != nil
                var goldIndex = -1
                var violated = false
                for i in sentence {
                    let k = i - start
                    let first = Int(features.offsets[i])
                    let staticCount = Int(features.offsets[i + 1]) - first
                    if i + 1 < tokenCount {
                        let next = Int(features.offsets[i + 1])..<Int(features.offsets[i + 2])
                        features.buckets.withUnsafeBufferPointer { buckets in
                            WeightPrefetch.touch(weights, buckets: buckets, range: next, tagCount: tagCount, sink: &sink)
                        }
                    }
                    staticScores.update(repeating: 0, count: tagCount)
                    for f in first..<(first + staticCount) {
                        let row = weights + Int(features.buckets[f]) * tagCount
                        for t in 0..<tagCount { staticScores[t] += row[t].floatValue }
                    }
                    var kept = 0
                    var repeated = false
                    if entities, features.capitalized[i] {
                        let key = features.lowerHashes[i]
                        for j in start..<i where features.capitalized[j] && features.lowerHashes[j] == key {
                            repeated = true
                            break
                        }
                    }
                    let docRecall = entities && features.capitalized[i] ? memory[features.lowerHashes[i]] ?? 0 : 0
                    let goldTag = goldAlive ? Int(gold![i]) : -1
                    let parents = k == 0 ? 1 : counts[k - 1]
                    for parent in 0..<parents {
                        let previous = k == 0 ? tagCount : Int(beams[(k - 1) * width + parent].tag)
                        let beforePrevious = k == 0 ? tagCount : (k == 1 ? tagCount : Int(beams[(k - 2) * width + Int(beams[(k - 1) * width + parent].parent)].tag))
                        let baseScore = k == 0 ? 0 : beams[(k - 1) * width + parent].score
                        let recall = k == 0 || !repeated ? docRecall : remembered(i, start: start, k: k - 1, index: parent, repeated: true)
                        // The tag-history features of `GreedyDecoder.dynamicFeatures`, from the tables.
                        if wordStamp[previous] != i {
                            wordStamp[previous] = i
                            let words = wordScores + previous * tagCount
                            let byWord = weights + Int(base.row(FeatureHash.feature(62, UInt64(previous), features.lowerHashes[i]))) * tagCount
                            let byShape = weights + Int(base.row(FeatureHash.feature(63, UInt64(previous), features.shapes[i]))) * tagCount
                            for t in 0..<tagCount { words[t] = byWord[t].floatValue + byShape[t].floatValue }
                        }
                        let words = wordScores + previous * tagCount
                        let pair = pairScores + (beforePrevious * states + previous) * tagCount
                        let recalled = recallScores + (Int(recall) * 2 + (features.capitalized[i] ? 1 : 0)) * tagCount
                        for t in 0..<tagCount { scores[t] = staticScores[t] + words[t] + pair[t] + recalled[t] }
                        let allowedRow = previous * tagCount
                        let last = i + 1 == sentence.upperBound
                        for t in 0..<tagCount where allowed[allowedRow + t] && (!last || canEnd[t]) {
                            // Insert into `top` (earlier candidates win ties, like greedy).
                            let score = baseScore + scores[t]
                            if kept == width, score <= top[width - 1].score { continue }
                            var at = kept == width ? width - 1 : kept
                            while at > 0, top[at - 1].score < score {
                                top[at] = top[at - 1]
                                at -= 1
                            }
                            top[at] = Item(score: score, tag: Int32(t), parent: Int32(parent))
                            if kept < width { kept += 1 }
                        }
                    }
                    if kept == 0 {
                        // No tag may follow (cannot happen with a well-formed tag set): fall back to tag 0.
                        top[0] = Item(score: 0, tag: 0, parent: 0)
                        kept = 1
                    }
                    for c in 0..<width { beams.append(top[min(c, kept - 1)]) }
                    counts.append(kept)
                    if goldAlive {
                        let goldParent = goldIndex
                        goldIndex = -1
                        for c in 0..<kept where Int(top[c].tag) == goldTag && (k == 0 || Int(top[c].parent) == goldParent) {
                            goldIndex = c
                            break
                        }
                        if goldIndex < 0 {
                            // Early update: the gold prefix fell out of the beam.
                            goldAlive = false
                            violated = true
                            let predicted = backtrack(k, 0)
                            let truth = (start...i).map { Int(gold![$0]) }
                            if let update {
                                report(truth, start: start, sign: 1, update: update)
                                report(predicted, start: start, sign: -1, update: update)
                            }
                            for (offset, tag) in predicted.enumerated() { tags[start + offset] = UInt16(tag) }
                            remember(predicted, start: start)
                            break
                        }
                    }
                }
                if violated { continue }
                path = backtrack(counts.count - 1, 0)
                if gold != nil, goldIndex != 0, let update {
                    let truth = sentence.map { Int(gold![$0]) }
                    report(truth, start: start, sign: 1, update: update)
                    report(path, start: start, sign: -1, update: update)
                }
                for (offset, tag) in path.enumerated() { tags[start + offset] = UInt16(tag) }
                remember(path, start: start)
            }
        }
        if WeightPrefetch.isDamaged(sink) { tags[0] = 0 }
        return tags
    }
}
