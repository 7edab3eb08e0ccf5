import Foundation
import Testing

/// Bad inputs: skipped with one line each by default, fatal with `--strict`.
@Suite("--strict and unreadable inputs")
struct StrictModeTests {
    /// Inputs that cannot be read as an article, or only with a repair.
    enum BadInput: String, CaseIterable, Sendable {
        case binary, invalidUTF8, empty

        /// The file's bytes.
        var bytes: [UInt8] {
            switch self {
            case .binary: return [0x00, 0x01, 0x02, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]
            case .invalidUTF8:
                return Array("The pier reopened in ".utf8) + [0xC3, 0x28, 0xFF] + Array(" after repairs.".utf8)
            case .empty: return []
            }
        }
    }

    @Test("without --strict a bad file is one line on stderr and the command exits 0", arguments: BadInput.allCases)
    func lenient(bad: BadInput) throws {
        try TemporaryFolder.with { folder in
            let good = try TemporaryFolder.write(CLIFixtures.plainText, to: "ledger.txt", in: folder)
            let path = try TemporaryFolder.write(bad.bytes, to: "\(bad.rawValue).txt", in: folder)
            let result = try ParallaxProcess.run(["compare", good, path])
            #expect(result.status == 0)
            #expect(result.standardOutput.hasPrefix("# Story report"))
            // The repaired invalid-UTF-8 text is read and reports another story than the ferry article:
            // compare says so on a line of its own, after the one line about the bad file.
            let about = result.errorLines.filter { !$0.contains("different stories") }
            #expect(about.count == 1)
            #expect(about.first?.hasPrefix("parallax: \(path): ") == true)
            #expect(result.errorLines.count <= 2)
        }
    }

    @Test(
        "with --strict a bad file makes the command exit non-zero after the diagnostics", arguments: BadInput.allCases)
    func strict(bad: BadInput) throws {
        try TemporaryFolder.with { folder in
            let good = try TemporaryFolder.write(CLIFixtures.plainText, to: "ledger.txt", in: folder)
            let path = try TemporaryFolder.write(bad.bytes, to: "\(bad.rawValue).txt", in: folder)
            let result = try ParallaxProcess.run(["compare", "--strict", good, path])
            #expect(result.status == 1)
            #expect(result.standardOutput.isEmpty)
            #expect(result.errorLines.count == 2)
            #expect(result.errorLines.first?.hasPrefix("parallax: \(path): ") == true)
            #expect(result.errorLines.last?.hasPrefix("Error: --strict") == true)
        }
    }

    @Test("--strict with good inputs only exits 0")
    func strictClean() throws {
        let result = try ParallaxProcess.run(["analyze", "--strict", "Examples/port-strike"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
    }

    @Test("nothing readable exits non-zero with a one-line reason")
    func nothingReadable() throws {
        try TemporaryFolder.with { folder in
            let empty = try TemporaryFolder.write([], to: "empty.txt", in: folder)
            let missing = folder.appendingPathComponent("missing.txt").path
            let result = try ParallaxProcess.run(["compare", empty, missing])
            #expect(result.status == 1)
            #expect(result.standardOutput.isEmpty)
            #expect(result.errorLines.count == 3)
            #expect(result.errorLines.last == "Error: no article could be read")
        }
    }
}
