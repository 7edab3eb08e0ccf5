/// Finds syndicated copies among a story's articles, so that copies count as one independent source.
///
/// Two articles are copies when their ids (hashes of the normalized body) are equal, or when their sets
/// of word 5-gram shingles overlap by at least `threshold` (Jaccard).
public struct DuplicateDetector: Sendable {
    /// Minimum shingle Jaccard similarity for two articles to count as copies.
    public var threshold: Double

    /// Creates a detector.
    public init(threshold: Double = 0.8) { self.threshold = threshold }

    /// For each article, the index of the earlier article it copies, or nil.
    public func originals(of articles: [Article]) -> [Int?] {
        let shingles = articles.map { Self.shingles($0.text) }
        var result: [Int?] = Array(repeating: nil, count: articles.count)
        for i in articles.indices {
            for j in 0..<i where result[j] == nil {
                if articles[i].id == articles[j].id || Self.jaccard(shingles[i], shingles[j]) >= threshold {
                    result[i] = j
                    break
                }
            }
        }
        return result
    }

    /// Hashes of the word 5-grams of `text` (lowercased letters and digits).
    static func shingles(_ text: String) -> Set<Int> {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard words.count >= 5 else { return Set(words.map { $0.hashValue }) }
        var result = Set<Int>()
        for start in 0...(words.count - 5) {
            var hasher = Hasher()
            for word in words[start..<(start + 5)] { hasher.combine(word) }
            result.insert(hasher.finalize())
        }
        return result
    }

    static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
