import Testing

@testable import ParallaxIngest

@Suite("GzipDecoder")
struct GzipDecoderTests {
    let decoder = GzipDecoder()

    @Test("decodes a dynamic-Huffman member")
    func dynamicHuffman() throws {
        let output = try decoder.decode(GzipFixtures.dynamic)
        #expect(String(decoding: output, as: UTF8.self) == GzipFixtures.dynamicText)
        #expect(output.count == 2101)
    }

    @Test("decodes a fixed-Huffman member")
    func fixedHuffman() throws {
        let output = try decoder.decode(GzipFixtures.fixed)
        #expect(String(decoding: output, as: UTF8.self) == GzipFixtures.fixedText)
    }

    @Test("decodes a stored block")
    func storedBlock() throws {
        #expect(try decoder.decode(GzipFixtures.stored) == GzipFixtures.storedBytes)
    }

    @Test("skips a header that carries a file name and time")
    func namedHeader() throws {
        #expect(GzipFixtures.named[3] & 0x08 != 0)
        let output = try decoder.decode(GzipFixtures.named)
        #expect(String(decoding: output, as: UTF8.self) == GzipFixtures.fixedText)
    }

    @Test("concatenates the members of a multi-member file")
    func multiMember() throws {
        let output = try decoder.decode(GzipFixtures.multi)
        #expect(String(decoding: output, as: UTF8.self) == GzipFixtures.multiText)
    }

    @Test("ignores zero padding after the last member")
    func zeroPadding() throws {
        let output = try decoder.decode(GzipFixtures.fixed + [0, 0, 0, 0])
        #expect(String(decoding: output, as: UTF8.self) == GzipFixtures.fixedText)
    }

    @Test("rejects other bytes after the last member")
    func trailingGarbage() {
        #expect(throws: GzipError.trailingData) { try decoder.decode(GzipFixtures.fixed + Array("junk".utf8)) }
    }

    @Test("rejects data without the gzip signature")
    func notGzip() {
        #expect(throws: GzipError.notGzip) { try decoder.decode(Array("plain text".utf8)) }
        #expect(throws: GzipError.notGzip) { try decoder.decode([]) }
        #expect(!GzipDecoder.isGzip([0x1F]))
        #expect(GzipDecoder.isGzip(GzipFixtures.fixed))
    }

    @Test("rejects an unknown compression method and reserved flags")
    func badHeader() {
        var method = GzipFixtures.fixed
        method[2] = 7
        #expect(throws: GzipError.unsupportedMethod(7)) { try decoder.decode(method) }
        var flags = GzipFixtures.fixed
        flags[3] = 0x20
        #expect(throws: GzipError.reservedFlags(0x20)) { try decoder.decode(flags) }
    }

    @Test("reports a CRC32 mismatch")
    func checksumMismatch() {
        var damaged = GzipFixtures.dynamic
        damaged[damaged.count - 8] ^= 0xFF
        #expect {
            try decoder.decode(damaged)
        } throws: { error in
            guard case .checksumMismatch(let stored, let computed)? = error as? GzipError else { return false }
            return stored != computed && computed == 0x3DE2_34A1
        }
    }

    @Test("reports a length mismatch")
    func sizeMismatch() {
        var damaged = GzipFixtures.fixed
        damaged[damaged.count - 4] ^= 0x01
        #expect(throws: GzipError.sizeMismatch(expected: 62, actual: 63)) { try decoder.decode(damaged) }
    }

    @Test("reports truncation at every cut, never crashing")
    func truncatedEverywhere() {
        for fixture in [GzipFixtures.dynamic, GzipFixtures.fixed, GzipFixtures.stored] {
            for length in 2..<fixture.count {
                #expect(throws: GzipError.truncated) { try decoder.decode(Array(fixture[0..<length])) }
            }
        }
    }

    @Test("fails cleanly on a corrupted byte anywhere in the stream")
    func corruptedEverywhere() {
        let fixture = GzipFixtures.dynamic
        for index in 10..<fixture.count {
            var damaged = fixture
            damaged[index] ^= 0x5A
            // Every change must be caught: by the DEFLATE checks, the CRC32 or the length.
            #expect(throws: GzipError.self) { try decoder.decode(damaged) }
        }
    }

    @Test("a trailer stating a huge size reserves nothing unbounded and is reported")
    func lyingTrailer() {
        var damaged = GzipFixtures.dynamic
        for index in damaged.count - 4..<damaged.count { damaged[index] = 0xFF }
        #expect(throws: GzipError.sizeMismatch(expected: UInt32.max, actual: 2101)) { try decoder.decode(damaged) }
    }

    @Test("stops at the output cap")
    func outputCap() {
        let small = GzipDecoder(maxOutputBytes: 1000)
        #expect(throws: GzipError.outputTooLarge(limit: 1000)) { try small.decode(GzipFixtures.dynamic) }
        #expect(throws: GzipError.outputTooLarge(limit: 100)) {
            try GzipDecoder(maxOutputBytes: 100).decode(GzipFixtures.stored)
        }
        #expect((try? GzipDecoder(maxOutputBytes: 2101).decode(GzipFixtures.dynamic))?.count == 2101)
    }

    @Test("explains errors in one line")
    func messages() {
        let errors: [GzipError] = [
            .notGzip, .truncated, .checksumMismatch(expected: 1, actual: 2), .outputTooLarge(limit: 512 << 20),
            .invalidDeflate(reason: "invalid block type 3"), .trailingData,
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(!error.description.isEmpty)
        }
        #expect(GzipError.outputTooLarge(limit: 512 << 20).description.contains("512 MiB"))
        #expect(GzipError.checksumMismatch(expected: 1, actual: 0xABC).description.contains("00000abc"))
    }
}
