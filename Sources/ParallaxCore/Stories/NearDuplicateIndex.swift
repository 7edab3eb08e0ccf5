/// Finds near-duplicate articles in a stream by locality-sensitive hashing of MinHash signatures.
///
/// Each signature is cut into `bands` bands of `rows` values; two articles become candidates when any
/// band is equal, so only articles sharing a band are compared — no pairwise pass over the stream.
/// A candidate is a copy when the estimated containment of the smaller text in the larger reaches
/// `threshold`: exact copies, wire copies under another headline and copies with a trimmed end.
public struct NearDuplicateIndex: Sendable, Codable {
    /// One article indexed.
    struct Entry: Sendable, Codable {
        /// The article's id.
        var article: String
        /// The earliest article it copies (itself when it is an original).
        var original: String
        /// Its signature.
        var signature: MinHashSignature
    }

    /// Bands per signature.
    public let bands: Int
    /// Signature values per band.
    public let rows: Int
    /// Least estimated containment for a copy.
    public var threshold: Double
    /// Articles kept, in arrival order: the latest `retention` (older ones are dropped in batches).
    var entries: [Entry] = []
    /// Arrival number of `entries[0]`.
    var base = 0
    /// Arrival numbers under each band key.
    var buckets: [UInt64: [Int]] = [:]
    /// Most recent articles a copy is looked for among (syndicated copies arrive within days, so the
    /// index, and its cost per article, stays bounded as the stream grows).
    public var retention = 20_000

    /// Creates an empty index; `bands × rows` must not exceed `MinHashSignature.size`.
    public init(bands: Int = 16, rows: Int = 4, threshold: Double = 0.8) {
        self.bands = max(1, min(bands, MinHashSignature.size))
        self.rows = max(1, min(rows, MinHashSignature.size / max(1, bands)))
        self.threshold = threshold
    }

    /// Articles indexed so far.
    public var count: Int { base + entries.count }

    /// The earliest indexed article that `signature` copies, or nil; does not index it.
    public func original(of signature: MinHashSignature) -> String? {
        guard signature.shingleCount > 0 else { return nil }
        var best: (index: Int, containment: Double)?
        var seen = Set<Int>()
        for key in bandKeys(signature) {
            for index in buckets[key] ?? [] where index >= base && seen.insert(index).inserted {
                let containment = signature.containment(entries[index - base].signature)
                guard containment >= threshold else { continue }
                // The most contained wins; among equals, the earliest.
                if let current = best, containment < current.containment
                    || (containment == current.containment && index > current.index)
                {
                    continue
                }
                best = (index, containment)
            }
        }
        guard let best else { return nil }
        return entries[best.index - base].original
    }

    /// Indexes `article` and returns the earliest article it copies, or nil when it is an original.
    public mutating func add(article: String, signature: MinHashSignature) -> String? {
        let original = original(of: signature)
        let index = base + entries.count
        entries.append(Entry(article: article, original: original ?? article, signature: signature))
        if signature.shingleCount > 0 {
            for key in bandKeys(signature) { buckets[key, default: []].append(index) }
        }
        if entries.count >= retention + retention / 2 { prune() }
        return original
    }

    /// Drops all but the latest `retention` entries and their bucket slots.
    mutating func prune() {
        let dropped = entries.count - retention
        guard dropped > 0 else { return }
        entries.removeFirst(dropped)
        base += dropped
        for (key, list) in buckets {
            let kept = list.filter { $0 >= base }
            buckets[key] = kept.isEmpty ? nil : kept
        }
    }

    /// One key per band: the band's number and values hashed together.
    func bandKeys(_ signature: MinHashSignature) -> [UInt64] {
        (0..<bands).map { band in
            var h = StableHash.mix(UInt64(band))
            for k in (band * rows)..<min(signature.values.count, (band + 1) * rows) {
                h = StableHash.hash(signature.values[k], seed: h)
            }
            return h
        }
    }

    /// The band buckets are not encoded: they follow from the entries' signatures and are rebuilt, in
    /// arrival order, when a saved index is read — a third of the size of a saved clustering state.
    enum CodingKeys: String, CodingKey {
        case bands, rows, threshold, entries, base, retention
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bands = try container.decode(Int.self, forKey: .bands)
        rows = try container.decode(Int.self, forKey: .rows)
        threshold = try container.decode(Double.self, forKey: .threshold)
        entries = try container.decode([Entry].self, forKey: .entries)
        base = try container.decode(Int.self, forKey: .base)
        retention = try container.decode(Int.self, forKey: .retention)
        for (offset, entry) in entries.enumerated() where entry.signature.shingleCount > 0 {
            for key in bandKeys(entry.signature) { buckets[key, default: []].append(base + offset) }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bands, forKey: .bands)
        try container.encode(rows, forKey: .rows)
        try container.encode(threshold, forKey: .threshold)
        try container.encode(entries, forKey: .entries)
        try container.encode(base, forKey: .base)
        try container.encode(retention, forKey: .retention)
    }
}
