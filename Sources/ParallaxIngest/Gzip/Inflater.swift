/// Decompresses raw DEFLATE streams (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Written in Swift on Foundation-free code so that Parallax reads compressed corpora and feeds
/// without system libraries. Damaged or cut-short input ends in a ``GzipError``, never a crash or
/// an endless loop, and output is capped so a small malicious file cannot exhaust memory.
public struct Inflater: Sendable {
    /// The most bytes one call may produce.
    public var maxOutputBytes: Int

    /// Creates an inflater that produces at most `maxOutputBytes` bytes (default 512 MiB).
    public init(maxOutputBytes: Int = 512 * 1024 * 1024) {
        self.maxOutputBytes = maxOutputBytes
    }

    /// Decompresses one raw DEFLATE stream; bytes after its final block are ignored.
    public func inflate(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        var output: [UInt8] = []
        _ = try inflate(input, from: 0, into: &output)
        return output
    }

    /// Decompresses the stream that starts at byte `start` of `input`, appending to `output`.
    ///
    /// Back-references may reach only bytes this call appended. Returns the offset of the first
    /// byte after the stream (streams end on a byte boundary).
    func inflate(_ input: [UInt8], from start: Int, into output: inout [UInt8]) throws(GzipError) -> Int {
        let result: Result<Int, GzipError> = input.withUnsafeBufferPointer { bytes in
            var reader = BitReader(bytes: bytes, position: start)
            do throws(GzipError) {
                return .success(try inflateBlocks(&reader, into: &output))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Runs blocks until the final one.
    private func inflateBlocks(_ reader: inout BitReader, into output: inout [UInt8]) throws(GzipError) -> Int {
        let windowStart = output.count
        var isFinal = false
        while !isFinal {
            isFinal = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0:
                try copyStored(&reader, into: &output)
            case 1:
                try inflateCodes(
                    &reader, literals: HuffmanTable.fixedLiterals, distances: HuffmanTable.fixedDistances,
                    into: &output, windowStart: windowStart)
            case 2:
                let (literals, distances) = try readDynamicTables(&reader)
                try inflateCodes(
                    &reader, literals: literals, distances: distances, into: &output, windowStart: windowStart)
            default:
                throw .invalidDeflate(reason: "invalid block type 3")
            }
        }
        return reader.alignedPosition()
    }

    /// Copies a stored (uncompressed) block.
    private func copyStored(_ reader: inout BitReader, into output: inout [UInt8]) throws(GzipError) {
        let offset = reader.alignedPosition()
        let bytes = reader.bytes
        guard bytes.count - offset >= 4 else { throw .truncated }
        let length = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
        let complement = Int(bytes[offset + 2]) | Int(bytes[offset + 3]) << 8
        guard length == complement ^ 0xFFFF else {
            throw .invalidDeflate(reason: "stored block length check failed")
        }
        let dataStart = offset + 4
        guard bytes.count - dataStart >= length else { throw .truncated }
        try reserve(length, in: output)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[dataStart..<dataStart + length]))
        reader.seek(to: dataStart + length)
    }

    /// Reads the code-length header of a dynamic block and builds its two codes.
    private func readDynamicTables(_ reader: inout BitReader) throws(GzipError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw .invalidDeflate(reason: "too many length or distance codes")
        }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[Inflater.codeLengthOrder[index]] = UInt8(try reader.bits(3))
        }
        let codeLengthCode = try HuffmanTable(lengths: codeLengthLengths)
        let total = literalCount + distanceCount
        var lengths: [UInt8] = []
        lengths.reserveCapacity(total)
        while lengths.count < total {
            let symbol = try codeLengthCode.decode(&reader)
            var value: UInt8 = 0
            let repeatCount: Int
            switch symbol {
            case 0...15:
                lengths.append(UInt8(symbol))
                continue
            case 16:
                guard let previous = lengths.last else {
                    throw .invalidDeflate(reason: "repeated code length with no previous length")
                }
                value = previous
                repeatCount = 3 + (try reader.bits(2))
            case 17:
                repeatCount = 3 + (try reader.bits(3))
            default:
                repeatCount = 11 + (try reader.bits(7))
            }
            guard lengths.count + repeatCount <= total else {
                throw .invalidDeflate(reason: "code lengths overflow the table")
            }
            lengths.append(contentsOf: repeatElement(value, count: repeatCount))
        }
        guard lengths[256] != 0 else { throw .invalidDeflate(reason: "no end-of-block code") }
        let literals = try HuffmanTable(lengths: Array(lengths[0..<literalCount]))
        let distances = try HuffmanTable(lengths: Array(lengths[literalCount...]))
        return (literals, distances)
    }

    /// Decodes literals and back-references up to the end-of-block symbol.
    ///
    /// The output grows in zero-filled 64 KiB steps and symbols are written through a pointer, at
    /// least 258 bytes (the longest back-reference) of room ahead of each one; the slack is cut off
    /// before returning.
    private func inflateCodes(
        _ reader: inout BitReader, literals: HuffmanTable, distances: HuffmanTable, into output: inout [UInt8],
        windowStart: Int
    ) throws(GzipError) {
        var written = output.count
        defer { output.removeSubrange(written...) }
        while true {
            let step: Result<Bool, GzipError> = output.withUnsafeMutableBufferPointer { buffer in
                do throws(GzipError) {
                    return .success(try decodeSymbols(&reader, literals, distances, buffer, &written, windowStart))
                } catch {
                    return .failure(error)
                }
            }
            if try step.get() { return }
            // A fixed step: the array's own capacity doubling keeps growth amortized, and the slack
            // cut off at each block's end is never more than one step.
            output.append(contentsOf: repeatElement(0, count: 1 << 16))
        }
    }

    /// Decodes symbols into `buffer` at `written` while 258 bytes of room remain; true at the end of
    /// the block, false when the buffer must grow.
    @inline(__always)
    private func decodeSymbols(
        _ reader: inout BitReader, _ literals: HuffmanTable, _ distances: HuffmanTable,
        _ buffer: UnsafeMutableBufferPointer<UInt8>, _ written: inout Int, _ windowStart: Int
    ) throws(GzipError) -> Bool {
        let limit = maxOutputBytes
        while buffer.count - written >= 258 {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                guard written < limit else { throw .outputTooLarge(limit: limit) }
                buffer[written] = UInt8(truncatingIfNeeded: symbol)
                written += 1
                continue
            }
            if symbol == 256 { return true }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw .invalidDeflate(reason: "invalid length symbol \(symbol)") }
            let length = Inflater.lengthBase[lengthIndex] + (try reader.bits(Inflater.lengthExtra[lengthIndex]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < 30 else {
                throw .invalidDeflate(reason: "invalid distance symbol \(distanceSymbol)")
            }
            let distance =
                Inflater.distanceBase[distanceSymbol] + (try reader.bits(Inflater.distanceExtra[distanceSymbol]))
            guard distance <= written - windowStart else {
                throw .invalidDeflate(reason: "back-reference before the start of the data")
            }
            guard length <= limit - written else { throw .outputTooLarge(limit: limit) }
            // Byte by byte, front to back: a copy may overlap the bytes it produces.
            var source = written - distance
            for _ in 0..<length {
                buffer[written] = buffer[source]
                written += 1
                source += 1
            }
        }
        return false
    }

    /// Fails when `count` more bytes would pass the output cap.
    @inline(__always)
    private func reserve(_ count: Int, in output: [UInt8]) throws(GzipError) {
        guard count <= maxOutputBytes - output.count else { throw .outputTooLarge(limit: maxOutputBytes) }
    }

    /// The order in which a dynamic block lists code-length code lengths.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    /// Base match length of length symbols 257...285.
    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    /// Extra bits of length symbols 257...285.
    private static let lengthExtra = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    /// Base distance of distance symbols 0...29.
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    /// Extra bits of distance symbols 0...29.
    private static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
}
