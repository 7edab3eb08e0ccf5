/// The features of every token of a document that do not depend on the tags being chosen, as hashed
/// bucket indices: word, lowercase, affixes, shapes, neighbours, gazetteer matches, POS.
///
/// Computed once per document; the decoder adds the tag-history features at each step.
package struct StaticFeatures: Sendable {
    /// Bucket indices, token after token.
    var buckets: [UInt32]
    /// `buckets[offsets[i]..<offsets[i + 1]]` are token `i`'s features.
    var offsets: [Int32]
    /// Each token's lowercase hash, for the decoder's document memory.
    var lowerHashes: [UInt64]
    /// Each token's shape hash.
    var shapes: [UInt64]
    /// Whether each token starts with an uppercase letter.
    var capitalized: [Bool]

    /// The hashed feature keys of a document's tokens for `task`, masked to `mask`.
    ///
    /// `partsOfSpeech` (one tag number a token, from the POS model) feeds the entity features;
    /// `clusters`, when given, adds word-class features of each token and its neighbours to the entity
    /// features (POS tagging gained 0.1 point from them for an 8% slower tagger, so it reads none).
    package init(
        input: TaggerInput, task: TaggerTask, partsOfSpeech: [UInt16]?, clusters: WordClusters? = nil, mask: UInt64,
        hashes: TokenHashes? = nil
    ) {
        let hashes = hashes ?? TokenHashes(input)
        let count = input.tokens.count
        let exact = hashes.exact
        let lower = hashes.lower
        let shape = hashes.shape
        let affix = hashes.affix
        let capClass = hashes.capClass
        var gazetteer = [UInt8](repeating: 0, count: count)
        var given = [Bool](repeating: false, count: count)
        var title = [Bool](repeating: false, count: count)
        let index = GazetteerIndex.shared
        let withEntities = task == .namedEntities
        var lowercaseSeen = HashedKeyTable<Bool>(capacity: 256)
        let unknownPath: UInt64 = 0x1_0000
        let clusters = withEntities ? clusters : nil
        var path = [UInt64](repeating: unknownPath, count: clusters == nil ? 0 : count)

        input.bytes.withUnsafeBufferPointer { bytes in
            input.tokens.withUnsafeBufferPointer { tokens in
                for i in 0..<count {
                    if let clusters {
                        let range = TokenHashes.clamp(tokens[i], bytes.count)
                        if let found = clusters.path(key: FeatureHash.clusterKey(bytes, range)) { path[i] = UInt64(found) }
                    }
                    if withEntities, capClass[i] == 4 { lowercaseSeen.insert(lower[i]) }
                    if withEntities {
                        given[i] = index.givenNames.contains(exact[i])
                        title[i] = index.titles.contains(exact[i])
                    }
                }
                if withEntities {
                    for sentence in input.sentences {
                        let sentence = sentence.clamped(to: 0..<count)
                        index.mark(sentence: sentence, tokens: tokens, bytes: bytes, into: &gazetteer)
                    }
                }
            }
        }

        var buckets: [UInt32] = []
        buckets.reserveCapacity(count * (withEntities ? 50 : 26))
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(count + 1)
        var sentenceStart = [Int](repeating: 0, count: count)
        var sentenceEnd = [Int](repeating: 0, count: count)
        for sentence in input.sentences {
            let sentence = sentence.clamped(to: 0..<count)
            for i in sentence {
                sentenceStart[i] = sentence.lowerBound
                sentenceEnd[i] = sentence.upperBound
            }
        }
        let outside: UInt64 = 0x5eed_0f_5e47
        for i in 0..<count {
            let start = sentenceStart[i]
            let end = sentenceEnd[i]
            func at(_ array: [UInt64], _ j: Int) -> UInt64 { j >= start && j < end ? array[j] : outside &+ UInt64(bitPattern: Int64(j - i)) }
            func add(_ key: UInt64) { buckets.append(UInt32(truncatingIfNeeded: key & mask)) }
            let initial: UInt64 = i == start ? 1 : 0
            add(FeatureHash.feature(1, 0))
            add(FeatureHash.feature(2, lower[i]))
            add(FeatureHash.feature(3, exact[i]))
            add(FeatureHash.feature(4, at(lower, i - 1)))
            add(FeatureHash.feature(5, at(lower, i + 1)))
            add(FeatureHash.feature(6, at(lower, i - 2)))
            add(FeatureHash.feature(7, at(lower, i + 2)))
            for k in 0..<8 { add(FeatureHash.feature(8 + UInt64(k), affix[i * 8 + k])) }
            add(FeatureHash.feature(16, shape[i]))
            add(FeatureHash.feature(17, at(shape, i - 1)))
            add(FeatureHash.feature(18, at(shape, i + 1)))
            add(FeatureHash.feature(19, at(shape, i - 1), shape[i], at(shape, i + 1)))
            add(FeatureHash.feature(20, at(lower, i - 1), lower[i]))
            add(FeatureHash.feature(21, lower[i], at(lower, i + 1)))
            add(FeatureHash.feature(22, i > start ? affix[(i - 1) * 8 + 6] : outside))
            add(FeatureHash.feature(23, i + 1 < end ? affix[(i + 1) * 8 + 6] : outside))
            add(FeatureHash.feature(24, initial, shape[i]))
            add(FeatureHash.feature(25, initial, UInt64(capClass[i])))
            if let clusters {
                let depth = UInt64(clusters.depth)
                func cluster(_ j: Int) -> UInt64 { j >= start && j < end ? path[j] : outside &+ UInt64(bitPattern: Int64(j - i)) }
                func prefix(_ value: UInt64, _ bits: UInt64) -> UInt64 {
                    value >= unknownPath || bits >= depth ? value : value >> (depth - bits)
                }
                add(FeatureHash.feature(41, cluster(i)))
                add(FeatureHash.feature(42, prefix(cluster(i), 6)))
                add(FeatureHash.feature(43, cluster(i + 1)))
                add(FeatureHash.feature(44, prefix(cluster(i), 4)))
                add(FeatureHash.feature(45, prefix(cluster(i), 8)))
                add(FeatureHash.feature(46, cluster(i - 1)))
                add(FeatureHash.feature(47, prefix(cluster(i - 1), 6)))
                add(FeatureHash.feature(48, prefix(cluster(i + 1), 6)))
                add(FeatureHash.feature(49, cluster(i - 2)))
                add(FeatureHash.feature(50, cluster(i + 2)))
                add(FeatureHash.feature(51, cluster(i), UInt64(capClass[i])))
            }
            if withEntities {
                func code(_ j: Int) -> UInt64 { j >= start && j < end ? UInt64(gazetteer[j]) : 255 }
                func pos(_ j: Int) -> UInt64 {
                    guard let tags = partsOfSpeech, j >= start, j < end, j < tags.count else { return 0xffff }
                    return UInt64(tags[j])
                }
                add(FeatureHash.feature(26, code(i)))
                add(FeatureHash.feature(27, code(i - 1)))
                add(FeatureHash.feature(28, code(i + 1)))
                add(FeatureHash.feature(29, code(i), UInt64(capClass[i])))
                add(FeatureHash.feature(30, given[i] ? 1 : 0, UInt64(capClass[i])))
                add(FeatureHash.feature(31, i > start && title[i - 1] ? 1 : 0, UInt64(capClass[i])))
                add(FeatureHash.feature(32, title[i] ? 1 : 0))
                add(FeatureHash.feature(33, pos(i)))
                add(FeatureHash.feature(34, pos(i - 1), pos(i)))
                add(FeatureHash.feature(35, pos(i), pos(i + 1)))
                add(FeatureHash.feature(36, at(exact, i - 1)))
                add(FeatureHash.feature(37, at(exact, i + 1)))
                add(FeatureHash.feature(40, lowercaseSeen.contains(lower[i]) ? 1 : 0, UInt64(capClass[i])))
            }
            offsets.append(Int32(buckets.count))
        }
        self.buckets = buckets
        self.offsets = offsets
        self.lowerHashes = lower
        self.shapes = shape
        self.capitalized = capClass.map { $0 >= 1 && $0 <= 3 }
    }
}
