/// Stable article identifiers: the 64-bit FNV-1a hash of the normalized body, as 16 hex digits.
///
/// The same report read twice, re-wrapped or re-cased, gets the same id, so stores can ingest
/// idempotently; different bodies get different ids with overwhelming probability.
public enum ArticleIdentifier {
    /// The identifier of an article whose body is `text`.
    public static func identifier(for text: some StringProtocol) -> String {
        hex(fnv1a(normalized(text).utf8))
    }

    /// The text the hash covers: lowercased, every run of whitespace made one space, trimmed.
    public static func normalized(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// The 64-bit FNV-1a hash of `bytes`.
    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// `value` as 16 lowercase hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
