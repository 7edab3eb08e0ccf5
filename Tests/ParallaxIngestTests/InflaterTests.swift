import Testing

@testable import ParallaxIngest

@Suite("Inflater")
struct InflaterTests {
    let inflater = Inflater()

    @Test("runs blocks until the final one: stored then fixed")
    func multipleBlocks() throws {
        // Non-final stored block "Hello", then a final fixed block holding only end-of-block.
        let stream: [UInt8] = [0x00, 0x05, 0x00, 0xFA, 0xFF] + Array("Hello".utf8) + [0x03, 0x00]
        #expect(try inflater.inflate(stream) == Array("Hello".utf8))
    }

    @Test("accepts an empty stored block")
    func emptyStored() throws {
        #expect(try inflater.inflate([0x01, 0x00, 0x00, 0xFF, 0xFF]).isEmpty)
    }

    @Test("rejects block type 3")
    func reservedBlockType() {
        #expect(throws: GzipError.invalidDeflate(reason: "invalid block type 3")) { try inflater.inflate([0x07]) }
    }

    @Test("rejects a stored block whose length check fails")
    func storedLengthCheck() {
        #expect(throws: GzipError.invalidDeflate(reason: "stored block length check failed")) {
            try inflater.inflate([0x01, 0x05, 0x00, 0x00, 0x00] + Array("Hello".utf8))
        }
    }

    @Test("rejects a back-reference before the start of the data")
    func distanceTooFar() {
        // Final fixed block: length symbol 257 (length 3, code 0000001), distance symbol 0 (distance 1).
        // Bits, first to last: 1 (final), 1 0 (fixed), 0000001, 00000.
        #expect(throws: GzipError.invalidDeflate(reason: "back-reference before the start of the data")) {
            try inflater.inflate([0x03, 0x02, 0x00])
        }
    }

    @Test("reports an empty input as truncated")
    func emptyInput() {
        #expect(throws: GzipError.truncated) { try inflater.inflate([]) }
    }

    @Test("copies overlapping back-references byte by byte")
    func overlappingCopy() throws {
        // Final fixed block: literal 'a' (0x61 → code 0x30+0x61 = 10010001), then length 9 (symbol 263,
        // code 0000111) at distance 1 (code 00000), then end of block (0000000).
        var writer = BitWriter()
        writer.write(1, width: 1)
        writer.write(1, width: 2)
        writer.writeCode(0x30 + 0x61, width: 8)
        writer.writeCode(263 - 256, width: 7)
        writer.writeCode(0, width: 5)
        writer.writeCode(0, width: 7)
        #expect(try inflater.inflate(writer.bytes) == Array(repeating: UInt8(ascii: "a"), count: 10))
    }

    @Test("decodes long runs of back-references without copying the output each time")
    func manyBackReferences() throws {
        // Final fixed block: literal 'a', then 4,000 matches of length 258 (symbol 285, code 11000101)
        // at distance 1, then end of block.
        var writer = BitWriter()
        writer.write(1, width: 1)
        writer.write(1, width: 2)
        writer.writeCode(0x30 + 0x61, width: 8)
        for _ in 0..<4000 {
            writer.writeCode(0xC0 + 285 - 280, width: 8)
            writer.writeCode(0, width: 5)
        }
        writer.writeCode(0, width: 7)
        let output = try inflater.inflate(writer.bytes)
        #expect(output.count == 1 + 4000 * 258)
        #expect(output.allSatisfy { $0 == UInt8(ascii: "a") })
        // The cap holds inside a back-reference too, wherever the output's growth steps fall.
        for limit in [1, 259, 65_536, 70_000] {
            #expect(throws: GzipError.outputTooLarge(limit: limit)) { try Inflater(maxOutputBytes: limit).inflate(writer.bytes) }
        }
        #expect(try Inflater(maxOutputBytes: 1 + 4000 * 258).inflate(writer.bytes).count == 1 + 4000 * 258)
    }
}

/// Packs bits the way DEFLATE does, to build small hand-made streams.
struct BitWriter {
    var bytes: [UInt8] = []
    var used = 8

    /// Appends `value` least-significant bit first (header fields, extra bits).
    mutating func write(_ value: Int, width: Int) {
        for bit in 0..<width { append(value >> bit & 1) }
    }

    /// Appends a Huffman code most-significant bit first.
    mutating func writeCode(_ code: Int, width: Int) {
        for bit in stride(from: width - 1, through: 0, by: -1) { append(code >> bit & 1) }
    }

    private mutating func append(_ bit: Int) {
        if used == 8 {
            bytes.append(0)
            used = 0
        }
        bytes[bytes.count - 1] |= UInt8(bit) << UInt8(used)
        used += 1
    }
}
