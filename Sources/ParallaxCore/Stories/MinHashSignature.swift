import Foundation

/// A MinHash sketch of a text's word shingles: `size` minimum hashes, one per seeded hash function.
///
/// Two sketches estimate the Jaccard similarity of the shingle sets (the share of equal minima) without
/// keeping the sets; with the set sizes they also estimate containment, so a copy with a trimmed end
/// is recognized as a copy of the longer text.
public struct MinHashSignature: Sendable, Hashable, Codable {
    /// Hash functions per signature.
    public static let size = 64
    /// Words per shingle.
    public static let shingleLength = 5

    /// The minimum hash of each function (`UInt64.max` for an empty text).
    public var values: [UInt64]
    /// Distinct shingles of the text.
    public var shingleCount: Int

    /// The signature of `text`: lowercased runs of letters and digits, in shingles of
    /// `shingleLength` words (a shorter text is one shingle per word).
    public init(text: some StringProtocol) {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        var shingles = Set<UInt64>()
        if words.count < Self.shingleLength {
            for word in words { shingles.insert(StableHash.hash(word)) }
        } else {
            for start in 0...(words.count - Self.shingleLength) {
                var h: UInt64 = 0
                for word in words[start..<(start + Self.shingleLength)] { h = StableHash.hash(StableHash.hash(word), seed: h) }
                shingles.insert(h)
            }
        }
        var values = [UInt64](repeating: .max, count: Self.size)
        for shingle in shingles {
            for k in 0..<Self.size {
                let h = StableHash.hash(shingle, seed: UInt64(k))
                if h < values[k] { values[k] = h }
            }
        }
        self.values = values
        self.shingleCount = shingles.count
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    public func jaccard(_ other: MinHashSignature) -> Double {
        guard shingleCount > 0, other.shingleCount > 0 else { return 0 }
        var equal = 0
        for k in 0..<min(values.count, other.values.count) where values[k] == other.values[k] { equal += 1 }
        return Double(equal) / Double(max(1, min(values.count, other.values.count)))
    }

    /// Estimated share of the smaller set's shingles that the other set holds.
    public func containment(_ other: MinHashSignature) -> Double {
        let j = jaccard(other)
        guard j > 0 else { return 0 }
        let intersection = j / (1 + j) * Double(shingleCount + other.shingleCount)
        return min(1, intersection / Double(max(1, min(shingleCount, other.shingleCount))))
    }

    /// Encoded compactly (a clustering state keeps 20,000 of them): the values as base64 of their
    /// little-endian bytes.
    enum CodingKeys: String, CodingKey {
        case values, shingleCount
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shingleCount = try container.decode(Int.self, forKey: .shingleCount)
        guard let bytes = Data(base64Encoded: try container.decode(String.self, forKey: .values)), bytes.count % 8 == 0 else {
            throw DecodingError.dataCorruptedError(forKey: .values, in: container, debugDescription: "not base64 of 64-bit values")
        }
        values = stride(from: 0, to: bytes.count, by: 8).map { start in
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[bytes.startIndex + start + $1]) << (8 * UInt64($1)) }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var bytes = [UInt8]()
        bytes.reserveCapacity(values.count * 8)
        for value in values { for shift in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(shift)))) } }
        try container.encode(Data(bytes).base64EncodedString(), forKey: .values)
        try container.encode(shingleCount, forKey: .shingleCount)
    }
}
