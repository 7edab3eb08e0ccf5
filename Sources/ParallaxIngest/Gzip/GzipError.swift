/// Why gzip or DEFLATE data could not be decompressed.
///
/// Every case reads as one line a user can act on: the data is cut short, damaged, not gzip at
/// all, or larger than Parallax agrees to expand.
public enum GzipError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The data does not start with the gzip signature `1f 8b`.
    case notGzip
    /// The member header names a compression method other than DEFLATE (8).
    case unsupportedMethod(UInt8)
    /// The member header sets flag bits that RFC 1952 reserves.
    case reservedFlags(UInt8)
    /// The data ends before the stream does.
    case truncated
    /// The DEFLATE stream breaks the format; `reason` says where.
    case invalidDeflate(reason: String)
    /// The CRC32 stored in a member trailer does not match the decompressed bytes.
    case checksumMismatch(expected: UInt32, actual: UInt32)
    /// The length stored in a member trailer does not match the decompressed bytes.
    case sizeMismatch(expected: UInt32, actual: UInt32)
    /// Decompressing would produce more than `limit` bytes.
    case outputTooLarge(limit: Int)
    /// Bytes other than padding follow the last gzip member.
    case trailingData

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .notGzip:
            return "not gzip data (no 1f 8b signature)"
        case .unsupportedMethod(let method):
            return "unsupported gzip compression method \(method) (only DEFLATE, 8, exists)"
        case .reservedFlags(let flags):
            return "corrupt gzip header (reserved flag bits set: \(flags))"
        case .truncated:
            return "gzip data is truncated; the file is incomplete, fetch or copy it again"
        case .invalidDeflate(let reason):
            return "corrupt gzip data (\(reason))"
        case .checksumMismatch(let expected, let actual):
            return "gzip CRC32 mismatch (stored \(GzipError.hex(expected)), computed \(GzipError.hex(actual))); "
                + "the data is corrupt"
        case .sizeMismatch(let expected, let actual):
            return "gzip length mismatch (stored \(expected), decompressed \(actual)); the data is corrupt"
        case .outputTooLarge(let limit):
            return "decompressed data exceeds the limit of \(ByteCountText.format(limit)); split the input"
        case .trailingData:
            return "unexpected bytes after the end of the gzip data; the file is corrupt"
        }
    }

    /// Eight lowercase hex digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
