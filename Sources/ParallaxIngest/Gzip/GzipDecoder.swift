/// Decompresses gzip files (RFC 1952), including files of several concatenated members.
///
/// Each member's CRC32 and length are checked, so a damaged download is reported instead of
/// feeding corrupt text to the analysis. Output is capped by ``maxOutputBytes``.
public struct GzipDecoder: Sendable {
    /// The most bytes one file may decompress to, all members together.
    public var maxOutputBytes: Int

    /// Creates a decoder that produces at most `maxOutputBytes` bytes (default 512 MiB).
    public init(maxOutputBytes: Int = 512 * 1024 * 1024) {
        self.maxOutputBytes = maxOutputBytes
    }

    /// Whether `bytes` start with the gzip signature `1f 8b`.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// Decompresses all members of `input`, concatenated.
    ///
    /// Zero bytes after the last member (tape padding) are ignored; anything else there is an error.
    public func decode(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        guard GzipDecoder.isGzip(input) else { throw .notGzip }
        let inflater = Inflater(maxOutputBytes: maxOutputBytes)
        var output: [UInt8] = []
        // The last member's trailer states its size (modulo 2³²): room for it is made at once, within
        // what DEFLATE can expand the input to (1,032 to 1) and the output cap, so a lying trailer
        // costs nothing.
        if input.count >= 18 {
            let stated = Int(GzipDecoder.littleEndian32(input, at: input.count - 4))
            let expandable = input.count > Int.max / 1032 ? Int.max : input.count * 1032
            // Plus one growth step of the inflater (64 KiB and a longest match), so the last step does
            // not reallocate the whole output.
            let slack = (1 << 16) + 258
            output.reserveCapacity(min(stated, maxOutputBytes, expandable) + slack)
        }
        var offset = 0
        while true {
            offset = try GzipDecoder.skipHeader(input, at: offset)
            let memberStart = output.count
            offset = try inflater.inflate(input, from: offset, into: &output)
            guard input.count - offset >= 8 else { throw .truncated }
            let storedChecksum = GzipDecoder.littleEndian32(input, at: offset)
            let storedSize = GzipDecoder.littleEndian32(input, at: offset + 4)
            offset += 8
            let checksum = CRC32.checksum(output[memberStart...])
            guard checksum == storedChecksum else {
                throw .checksumMismatch(expected: storedChecksum, actual: checksum)
            }
            let size = UInt32(truncatingIfNeeded: output.count - memberStart)
            guard size == storedSize else { throw .sizeMismatch(expected: storedSize, actual: size) }
            if offset == input.count || input[offset...].allSatisfy({ $0 == 0 }) { return output }
            guard GzipDecoder.isGzip(input[offset...]) else { throw .trailingData }
        }
    }

    /// Checks a member header at `offset` and returns where its DEFLATE stream starts.
    private static func skipHeader(_ input: [UInt8], at offset: Int) throws(GzipError) -> Int {
        guard input.count - offset >= 10 else { throw .truncated }
        guard input[offset] == 0x1F, input[offset + 1] == 0x8B else { throw .notGzip }
        guard input[offset + 2] == 8 else { throw .unsupportedMethod(input[offset + 2]) }
        let flags = input[offset + 3]
        guard flags & 0xE0 == 0 else { throw .reservedFlags(flags) }
        var position = offset + 10
        if flags & 0x04 != 0 {  // FEXTRA
            guard input.count - position >= 2 else { throw .truncated }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            position += 2
            guard input.count - position >= length else { throw .truncated }
            position += length
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            guard let end = input[position...].firstIndex(of: 0) else { throw .truncated }
            position = end + 1
        }
        if flags & 0x02 != 0 {  // FHCRC
            guard input.count - position >= 2 else { throw .truncated }
            position += 2
        }
        return position
    }

    /// The little-endian 32-bit number at `offset`.
    private static func littleEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }
}
