import ParallaxCore

import Foundation

/// Learns `WordClusters` from unlabelled sentences, reproducibly for a seed.
///
/// Each word type is described by its neighbours: positive pointwise mutual information with the
/// `contextWords` most frequent words (and the sentence edge) at offsets −2, −1, +1, +2, as a sparse
/// unit vector. Weighted spherical 2-means then splits the vocabulary in two, recursively, `depth`
/// times; a word's path through that tree is its cluster, and path prefixes are coarser clusters.
public struct WordClusterBuilder: Sendable {
    /// Bits in each path: at most `1 << depth` clusters.
    public var depth: Int
    /// The most word types kept (the most frequent).
    public var maxWords: Int
    /// The fewest occurrences a word needs to be kept.
    public var minCount: Int
    /// How many of the most frequent words serve as contexts.
    public var contextWords: Int
    /// 2-means iterations at each split.
    public var iterations: Int
    /// Seed of the split initializations.
    public var seed: UInt64

    /// Creates a builder.
    public init(depth: Int = 10, maxWords: Int = 100_000, minCount: Int = 1, contextWords: Int = 1_000, iterations: Int = 12, seed: UInt64 = 1) {
        self.depth = min(max(depth, 1), 16)
        self.maxWords = max(maxWords, 1)
        self.minCount = max(minCount, 1)
        self.contextWords = max(contextWords, 1)
        self.iterations = max(iterations, 1)
        self.seed = seed
    }

    /// The clusters of the words of `sentences` (tokens as written; they are normalized here).
    public func build(_ sentences: [[String]]) -> WordClusters {
        // Word ids in order of first appearance, and the corpus as ids with -1 at sentence edges.
        var idOf: [String: Int32] = [:]
        var words: [String] = []
        var counts: [Int] = []
        var corpus: [Int32] = [-1]
        for sentence in sentences {
            for token in sentence {
                let word = WordClusters.normalize(token)
                guard !word.isEmpty, word.utf8.count <= 255 else { continue }
                let id: Int32
                if let known = idOf[word] {
                    id = known
                } else {
                    id = Int32(words.count)
                    idOf[word] = id
                    words.append(word)
                    counts.append(0)
                }
                counts[Int(id)] += 1
                corpus.append(id)
            }
            corpus.append(-1)
        }
        // Rank by frequency, ties in byte order, so the result never depends on hashing.
        let byRank = words.indices.sorted {
            counts[$0] != counts[$1] ? counts[$0] > counts[$1] : Array(words[$0].utf8).lexicographicallyPrecedes(Array(words[$1].utf8))
        }
        var rank = [Int](repeating: Int.max, count: words.count)
        for (position, id) in byRank.enumerated() { rank[id] = position }
        let kept = byRank.prefix(maxWords).filter { counts[$0] >= minCount }
        guard kept.count >= 2 else {
            return WordClusters(depth: depth, paths: Dictionary(uniqueKeysWithValues: kept.map { (words[$0], UInt16(0)) }))
        }
        var row = [Int32](repeating: -1, count: words.count)
        for (index, id) in kept.enumerated() { row[id] = Int32(index) }
        let contexts = min(contextWords, words.count)
        let edge = contexts
        let slots = UInt64(4 * (contexts + 1))

        // (row, feature) pairs, counted by sorting.
        var pairs: [UInt64] = []
        pairs.reserveCapacity(corpus.count * 4)
        for position in corpus.indices {
            let id = corpus[position]
            guard id >= 0, row[Int(id)] >= 0 else { continue }
            let r = UInt64(row[Int(id)])
            for (slot, offset) in [-2, -1, 1, 2].enumerated() {
                var context = edge
                var step = position
                var reachedEdge = false
                for _ in 0..<abs(offset) {
                    step += offset > 0 ? 1 : -1
                    if step < 0 || step >= corpus.count || corpus[step] < 0 { reachedEdge = true; break }
                }
                if !reachedEdge {
                    let contextRank = rank[Int(corpus[step])]
                    guard contextRank < contexts else { continue }
                    context = contextRank
                }
                pairs.append(r * slots + UInt64(slot * (contexts + 1) + context))
            }
        }
        pairs.sort()

        // Sparse PPMI rows (context distribution smoothed with exponent 0.75), L2-normalized.
        var rowCount = [Double](repeating: 0, count: kept.count)
        var featureCount = [Double](repeating: 0, count: Int(slots))
        for pair in pairs {
            rowCount[Int(pair / slots)] += 1
            featureCount[Int(pair % slots)] += 1
        }
        let smoothedTotal = featureCount.reduce(0) { $0 + pow($1, 0.75) }
        var starts = [Int](repeating: 0, count: kept.count + 1)
        var columns: [Int32] = []
        var values: [Float] = []
        var index = 0
        for r in 0..<kept.count {
            starts[r] = columns.count
            while index < pairs.count, Int(pairs[index] / slots) == r {
                let pair = pairs[index]
                var n = 0.0
                while index < pairs.count, pairs[index] == pair { n += 1; index += 1 }
                let feature = Int(pair % slots)
                let pmi = log(n / rowCount[r]) - log(pow(featureCount[feature], 0.75) / smoothedTotal)
                if pmi > 0 {
                    columns.append(Int32(feature))
                    values.append(Float(pmi))
                }
            }
            let from = starts[r]
            let norm = values[from...].reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for k in from..<values.count { values[k] /= norm } }
        }
        starts[kept.count] = columns.count
        let weights = kept.map { Float(log(1 + Double(counts[$0]))) }
        let vectors = SparseRows(starts: starts, columns: columns, values: values, width: Int(slots))

        // Recursive bisection.
        var paths = [UInt16](repeating: 0, count: kept.count)
        var stack: [(members: [Int], path: UInt16, level: Int)] = [(Array(0..<kept.count), 0, 0)]
        while let node = stack.popLast() {
            guard node.level < depth else { continue }
            let shift = UInt16(depth - node.level - 1)
            guard node.members.count >= 2,
                let (left, right) = split(node.members, vectors: vectors, weights: weights, salt: UInt64(node.path) << 5 | UInt64(node.level))
            else { continue }
            for member in right { paths[member] |= 1 << shift }
            stack.append((left, node.path, node.level + 1))
            stack.append((right, node.path | 1 << shift, node.level + 1))
        }
        var table: [String: UInt16] = [:]
        for (index, id) in kept.enumerated() { table[words[id]] = paths[index] }
        return WordClusters(depth: depth, paths: table)
    }

    /// Splits `members` in two with weighted spherical 2-means, or nil when they do not separate.
    private func split(_ members: [Int], vectors: SparseRows, weights: [Float], salt: UInt64) -> ([Int], [Int])? {
        var random = SplitMix64(seed: seed ^ FeatureHash.mix(salt))
        let first = members[Int(random.next() % UInt64(members.count))]
        var centroids = [[Float](repeating: 0, count: vectors.width), [Float](repeating: 0, count: vectors.width)]
        vectors.add(first, scale: 1, into: &centroids[0])
        // The second seed: the member least similar to the first.
        var second = members[0]
        var lowest = Float.infinity
        for member in members where member != first {
            let similarity = vectors.dot(member, centroids[0])
            if similarity < lowest { lowest = similarity; second = member }
        }
        vectors.add(second, scale: 1, into: &centroids[1])
        var side = [Bool](repeating: false, count: members.count)
        for _ in 0..<iterations {
            var changed = false
            for (k, member) in members.enumerated() {
                let right = vectors.dot(member, centroids[1]) > vectors.dot(member, centroids[0])
                if right != side[k] { side[k] = right; changed = true }
            }
            var next = [[Float](repeating: 0, count: vectors.width), [Float](repeating: 0, count: vectors.width)]
            for (k, member) in members.enumerated() { vectors.add(member, scale: weights[member], into: &next[side[k] ? 1 : 0]) }
            for c in 0..<2 {
                let norm = next[c].reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
                if norm > 0 { for d in next[c].indices { next[c][d] /= norm } }
            }
            centroids = next
            if !changed { break }
        }
        var left: [Int] = []
        var right: [Int] = []
        for (k, member) in members.enumerated() {
            if side[k] { right.append(member) } else { left.append(member) }
        }
        guard !left.isEmpty, !right.isEmpty else { return nil }
        return (left, right)
    }
}
