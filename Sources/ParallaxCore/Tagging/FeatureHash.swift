/// Allocation-free 64-bit hashing of byte strings and feature keys, for the tagger's hashed feature table.
///
/// FNV-1a over bytes, combined and finished with the SplitMix64 mixer so that bucket indices taken
/// from the low bits are well spread.
package enum FeatureHash {
    /// The FNV-1a offset basis.
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a prime.
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Folds one byte into a running FNV-1a hash.
    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// The FNV-1a hash of `bytes[range]`.
    @inline(__always)
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = basis
        for index in range { hash = add(hash, bytes[index]) }
        return hash
    }

    /// The FNV-1a hash of `bytes[range]` with ASCII letters lowercased.
    @inline(__always)
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = basis
        for index in range { hash = add(hash, lower(bytes[index])) }
        return hash
    }

    /// The FNV-1a hash of a string's UTF-8 bytes (used when building tables, not while tagging).
    static func string(_ string: String, lowercasing: Bool) -> UInt64 {
        var hash = basis
        for byte in string.utf8 { hash = add(hash, lowercasing ? lower(byte) : byte) }
        return hash
    }

    /// The FNV-1a hash of `bytes[range]` in `WordClusters.normalize`'s form: ASCII letters lowercased,
    /// ASCII digits folded to `0`.
    @inline(__always)
    static func clusterKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = basis
        for index in range { hash = add(hash, clusterByte(bytes[index])) }
        return hash
    }

    /// One byte in cluster-key form: ASCII lowercase, digits as `0`.
    @inline(__always)
    static func clusterByte(_ byte: UInt8) -> UInt8 { byte &- 48 < 10 ? 48 : lower(byte) }

    /// ASCII lowercase of one byte.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }

    /// SplitMix64's finalizer.
    @inline(__always)
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The key of a feature made of a template number and one value.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        mix(a &* 0x9e37_79b9_7f4a_7c15 ^ template)
    }

    /// The key of a feature made of a template number and two values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix((a &* 0x9e37_79b9_7f4a_7c15) ^ ((b << 29) | (b >> 35)) &* 0xc2b2_ae3d_27d4_eb4f ^ template)
    }

    /// The key of a feature made of a template number and three values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        feature(template, feature(template &+ 0x51, a, b), c)
    }
}
