import CZlib

/// zlib compression of stored documents: JSON analyses and clustering state shrink three- to
/// fivefold at level 1, for well under a millisecond per article.
enum Deflate {
    /// `bytes` compressed, prefixed with their length (4 bytes, little-endian).
    static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count < Int(UInt32.max) else { return nil }
        var size = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(size) + 4)
        let count = UInt32(bytes.count)
        for shift in 0..<4 { output[shift] = UInt8(truncatingIfNeeded: count >> (8 * UInt32(shift))) }
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress! + 4, &size, input.baseAddress, uLong(bytes.count), 1)
            }
        }
        guard status == Z_OK else { return nil }
        output.removeLast(output.count - 4 - Int(size))
        return output
    }

    /// The bytes `compress` was given; nil for damaged input or a stated size above `limit`.
    static func decompress(_ bytes: [UInt8], limit: Int = 1 << 31) -> [UInt8]? {
        guard bytes.count >= 4 else { return nil }
        var count = 0
        for shift in 0..<4 { count |= Int(bytes[shift]) << (8 * shift) }
        guard count <= limit else { return nil }
        if count == 0 { return [] }
        var output = [UInt8](repeating: 0, count: count)
        var size = uLong(count)
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &size, input.baseAddress! + 4, uLong(bytes.count - 4))
            }
        }
        guard status == Z_OK, Int(size) == count else { return nil }
        return output
    }
}
