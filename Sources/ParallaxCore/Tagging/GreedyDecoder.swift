/// Left-to-right tagging: at each token, score every tag allowed after the previous one from the
/// token's features plus the two previous tags, and keep the best.
///
/// For entities it also remembers, per document, the type last given to each capitalized word, so a
/// later bare `Clinton` can lean on an earlier `Bill Clinton`.
package struct GreedyDecoder: Sendable {
    /// The tags.
    let tagSet: TagSet
    /// The feature set.
    let task: TaggerTask
    /// Bucket mask (`bucketCount - 1`).
    package let mask: UInt64
    /// The entity type number (1…) of each tag, 0 for `O` and for POS tags.
    let typeOfTag: [UInt8]
    /// The packed weight table whose rows features read (nil: a dense table, read by bucket).
    var compact: CompactWeights?

    /// A decoder for a tag set and task over `1 << bucketBits` buckets.
    package init(tagSet: TagSet, task: TaggerTask, bucketBits: Int) {
        self.tagSet = tagSet
        self.task = task
        mask = (UInt64(1) << UInt64(bucketBits)) - 1
        var types: [String] = []
        var typeOfTag = [UInt8](repeating: 0, count: tagSet.count)
        if task == .namedEntities {
            for (index, name) in tagSet.names.enumerated() {
                let type = EntityLabels.split(name).type
                guard !type.isEmpty else { continue }
                if !types.contains(type) { types.append(type) }
                typeOfTag[index] = UInt8(truncatingIfNeeded: (types.firstIndex(of: type) ?? 0) + 1)
            }
        }
        self.typeOfTag = typeOfTag
    }

    /// The weight row of a feature hash: its bucket, or the row the bucket reads in the packed table.
    @inline(__always)
    func row(_ hash: UInt64) -> UInt32 {
        let bucket = UInt32(truncatingIfNeeded: hash & mask)
        guard let compact else { return bucket }
        return compact.rowOfBucket[Int(bucket)]
    }

    /// The number of tag-history features `dynamicFeatures` writes.
    static let dynamicCount = 5

    /// Writes the tag-history features of token `i` into `out` (at least `dynamicCount` slots).
    @inline(__always)
    func dynamicFeatures(
        _ i: Int, previous: Int, beforePrevious: Int, memory: UInt8, features: StaticFeatures,
        into out: UnsafeMutablePointer<UInt32>
    ) {
        let p = UInt64(previous)
        let pp = UInt64(beforePrevious)
        out[0] = row(FeatureHash.feature(60, p))
        out[1] = row(FeatureHash.feature(61, pp, p))
        out[2] = row(FeatureHash.feature(62, p, features.lowerHashes[i]))
        out[3] = row(FeatureHash.feature(63, p, features.shapes[i]))
        out[4] = row(FeatureHash.feature(64, UInt64(memory), features.capitalized[i] ? 1 : 0))
    }

    /// Tags every sentence of a document. `step` (training) sees each token's features and the
    /// predicted tag, and may change the weights before the next token is scored.
    package func decode<Weight: WeightElement>(
        _ features: StaticFeatures, sentences: [Range<Int>], tokenCount: Int,
        weights: UnsafePointer<Weight>,
        step: ((_ token: Int, _ buckets: UnsafeBufferPointer<UInt32>, _ predicted: Int) -> Void)? = nil
    ) -> [UInt16] {
        let tagCount = tagSet.count
        var tags = [UInt16](repeating: 0, count: tokenCount)
        guard tagCount > 0, tokenCount > 0 else { return tags }
        var memory = HashedKeyTable<UInt8>(capacity: 64)
        let maxFeatures = (features.offsets.indices.dropFirst().map { Int(features.offsets[$0] - features.offsets[$0 - 1]) }.max() ?? 0) + Self.dynamicCount
        let scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: maxFeatures)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: tagCount)
        defer {
            scratch.deallocate()
            scores.deallocate()
        }
        var sink: Float = 0
        features.buckets.withUnsafeBufferPointer { buckets in
            tagSet.allowed.withUnsafeBufferPointer { allowed in
                for sentence in sentences {
                    let sentence = sentence.clamped(to: 0..<tokenCount)
                    var previous = tagCount
                    var beforePrevious = tagCount
                    for i in sentence {
                        if i + 1 < tokenCount {
                            let next = Int(features.offsets[i + 1])..<Int(features.offsets[i + 2])
                            WeightPrefetch.touch(weights, buckets: buckets, range: next, tagCount: tagCount, sink: &sink)
                        }
                        let first = Int(features.offsets[i])
                        let staticCount = Int(features.offsets[i + 1]) - first
                        for k in 0..<staticCount { scratch[k] = buckets[first + k] }
                        let remembered = features.capitalized[i] ? memory[features.lowerHashes[i]] ?? 0 : 0
                        dynamicFeatures(
                            i, previous: previous, beforePrevious: beforePrevious, memory: remembered,
                            features: features, into: scratch + staticCount)
                        let n = staticCount + Self.dynamicCount
                        scores.update(repeating: 0, count: tagCount)
                        for k in 0..<n {
                            let row = weights + Int(scratch[k]) * tagCount
                            for t in 0..<tagCount { scores[t] += row[t].floatValue }
                        }
                        var best = -1
                        var bestScore = -Float.infinity
                        let allowedRow = previous * tagCount
                        for t in 0..<tagCount where allowed[allowedRow + t] && scores[t] > bestScore {
                            best = t
                            bestScore = scores[t]
                        }
                        if best < 0 { best = 0 }
                        step?(i, UnsafeBufferPointer(start: scratch, count: n), best)
                        tags[i] = UInt16(best)
                        if task == .namedEntities, features.capitalized[i], typeOfTag[best] != 0 {
                            memory[features.lowerHashes[i]] = typeOfTag[best]
                        }
                        beforePrevious = previous
                        previous = best
                    }
                }
            }
        }
        if WeightPrefetch.isDamaged(sink) { tags[0] = 0 }
        return tags
    }
}
