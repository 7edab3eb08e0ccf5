import Testing

@testable import ParallaxIngest

@Suite("IngestDiagnostic")
struct IngestDiagnosticTests {
    @Test("describes itself in one line naming the origin")
    func description() {
        #expect(
            IngestDiagnostic(origin: "a.txt", error: .fileNotFound).description
                == "parallax: a.txt: no such file or folder")
        #expect(
            IngestDiagnostic(origin: "f.jsonl", error: .invalidJSONLine(line: 7, reason: "not valid JSON")).description
                == "parallax: f.jsonl:7: not valid JSON")
        #expect(
            IngestDiagnostic(origin: "-", severity: .warning, message: "two\nlines").description
                == "parallax: -: warning: two lines")
    }

    @Test("every error message is one non-empty line")
    func errorMessages() {
        let errors: [IngestError] = [
            .fileNotFound, .unreadable(reason: "permission denied"), .folderUnreadable(reason: "permission denied"),
            .tooLarge(limit: 256 << 20), .binaryContent, .emptyText, .noBodyAfterHeader, .invalidGzip(.truncated),
            .invalidJSONLine(line: 3, reason: "not valid JSON"),
        ]
        for error in errors {
            #expect(!error.description.isEmpty)
            #expect(!error.description.contains("\n"))
        }
        #expect(IngestError.tooLarge(limit: 256 << 20).description.contains("256 MiB"))
    }

    @Test("formats byte counts for messages")
    func byteCounts() {
        #expect(ByteCountText.format(1) == "1 byte")
        #expect(ByteCountText.format(1000) == "1000 bytes")
        #expect(ByteCountText.format(1536) == "1.5 KiB")
        #expect(ByteCountText.format(512 << 20) == "512 MiB")
    }
}
