/// The per-token hashes both taggers' features are built from: the word as written and lowercased,
/// its shape, its prefixes and suffixes, and its capitalization class.
///
/// Computed once per document and shared by the POS and the entity model (`PerceptronEntityRecognizer`
/// runs both over the same tokens), so the bytes of each token are hashed once, not twice.
package struct TokenHashes: Sendable {
    /// FNV-1a hash of each token's bytes.
    package var exact: [UInt64]
    /// The same, ASCII letters lowercased.
    package var lower: [UInt64]
    /// Hash of each token's shape: letters as `X`/`x`, digits as `d`, other scalars as `u`, runs
    /// longer than four cut.
    package var shape: [UInt64]
    /// Eight hashes per token: lowercased prefixes of 1–4 bytes, then suffixes of 1–4 bytes.
    package var affix: [UInt64]
    /// 0 not a letter first, 1 capitalized, 2 all capitals (two or more), 3 one capital letter,
    /// 4 lowercase first.
    package var capClass: [UInt8]

    /// The hashes of every token of `input`.
    package init(_ input: TaggerInput) {
        let count = input.tokens.count
        var exact = [UInt64](repeating: 0, count: count)
        var lower = [UInt64](repeating: 0, count: count)
        var shape = [UInt64](repeating: 0, count: count)
        var affix = [UInt64](repeating: 0, count: count * 8)
        var capClass = [UInt8](repeating: 0, count: count)
        input.bytes.withUnsafeBufferPointer { bytes in
            input.tokens.withUnsafeBufferPointer { tokens in
                for i in 0..<count {
                    let range = Self.clamp(tokens[i], bytes.count)
                    exact[i] = FeatureHash.bytes(bytes, range)
                    lower[i] = FeatureHash.lowercased(bytes, range)
                    var hash = FeatureHash.basis
                    var last: UInt8 = 0
                    var run = 0
                    var uppers = 0
                    var lowers = 0
                    for position in range {
                        let byte = bytes[position]
                        let symbol: UInt8
                        if byte &- 65 < 26 {
                            symbol = 88; uppers += 1
                        } else if byte &- 97 < 26 {
                            symbol = 120; lowers += 1
                        } else if byte &- 48 < 10 {
                            symbol = 100
                        } else if byte >= 0x80 {
                            symbol = 117
                        } else {
                            symbol = byte
                        }
                        run = symbol == last ? run + 1 : 1
                        last = symbol
                        if run <= 4 { hash = FeatureHash.add(hash, symbol) }
                    }
                    shape[i] = hash
                    let first = range.isEmpty ? 0 : bytes[range.lowerBound]
                    capClass[i] = first &- 65 < 26 ? (lowers == 0 ? (uppers > 1 ? 2 : 3) : 1) : (first &- 97 < 26 ? 4 : 0)
                    let length = range.count
                    for k in 1...4 {
                        let n = min(k, length)
                        affix[i * 8 + k - 1] = FeatureHash.lowercased(bytes, range.lowerBound..<(range.lowerBound + n))
                        affix[i * 8 + 3 + k] = FeatureHash.lowercased(bytes, (range.upperBound - n)..<range.upperBound)
                    }
                }
            }
        }
        self.exact = exact
        self.lower = lower
        self.shape = shape
        self.affix = affix
        self.capClass = capClass
    }

    /// `range` limited to `0..<count` (a defensive guard against inconsistent inputs).
    static func clamp(_ range: Range<Int>, _ count: Int) -> Range<Int> {
        let lower = min(max(range.lowerBound, 0), count)
        let upper = min(max(range.upperBound, lower), count)
        return lower..<upper
    }
}
