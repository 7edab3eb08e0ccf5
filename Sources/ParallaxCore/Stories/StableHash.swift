/// A 64-bit hash that is the same in every process (FNV-1a, then a SplitMix64 finalizer).
///
/// Swift's `Hasher` is seeded per process, so anything saved and resumed — MinHash signatures, LSH
/// bands, story state — must hash with this instead for the same input to give the same stories.
public enum StableHash {
    /// The hash of `text`'s UTF-8 bytes.
    public static func hash(_ text: some StringProtocol) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return mix(h)
    }

    /// The hash of `value` combined with `seed`.
    public static func hash(_ value: UInt64, seed: UInt64) -> UInt64 { mix(value ^ mix(seed &+ 0x9e37_79b9_7f4a_7c15)) }

    /// SplitMix64's finalizer: spreads every input bit over the output.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
