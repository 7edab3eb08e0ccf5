import Foundation
import Testing

@Suite("-o/--output")
struct OutputFileTests {
    @Test("compare -o writes the report to the file and nothing to standard output")
    func compareToFile() throws {
        try TemporaryFolder.with { folder in
            let report = folder.appendingPathComponent("report.md")
            let result = try ParallaxProcess.run(["compare", "Examples/port-strike", "-o", report.path])
            #expect(result.status == 0)
            #expect(result.standardOutput.isEmpty)
            let written = try String(contentsOf: report, encoding: .utf8)
            #expect(written.hasPrefix("# Story report\n"))
            let shown = try ParallaxProcess.run(["compare", "Examples/port-strike"])
            #expect(written == shown.standardOutput)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
        }
    }

    @Test("--output replaces an existing file whole")
    func replacesFile() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(
                String(repeating: "old report\n", count: 5000), to: "report.json", in: folder)
            let result = try ParallaxProcess.run([
                "compare", "Examples/port-strike", "--format", "json", "--output", path,
            ])
            #expect(result.status == 0)
            let object =
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
            #expect(object?["schema"] as? String == "parallax/story-report@1")
        }
    }

    @Test("a failed command leaves an earlier file as it was and no temporary file")
    func failureKeepsFile() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write("earlier report\n", to: "report.md", in: folder)
            let missing = folder.appendingPathComponent("missing.txt").path
            let result = try ParallaxProcess.run(["compare", missing, "-o", path])
            #expect(result.status == 1)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "earlier report\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
        }
    }

    @Test("a file in a folder that does not exist fails with one line naming it")
    func missingFolder() throws {
        try TemporaryFolder.with { folder in
            let path = folder.appendingPathComponent("absent/report.md").path
            let result = try ParallaxProcess.run(["compare", "Examples/port-strike", "-o", path])
            #expect(result.status == 1)
            #expect(result.standardOutput.isEmpty)
            #expect(result.errorLines.count == 1)
            #expect(result.standardError.contains("cannot write \(path)"))
        }
    }

    @Test("analyze and extract write their documents to the file")
    func otherCommands() throws {
        try TemporaryFolder.with { folder in
            let page = try TemporaryFolder.write(CLIFixtures.html, to: "page.html", in: folder)
            let extracted = folder.appendingPathComponent("page.json")
            let extract = try ParallaxProcess.run(["extract", page, "-o", extracted.path])
            #expect(extract.status == 0)
            #expect(extract.standardOutput.isEmpty)
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: extracted)) as? [String: Any]
            #expect(object?["schema"] as? String == "parallax/extract@1")

            let analyzed = folder.appendingPathComponent("articles.jsonl")
            let analyze = try ParallaxProcess.run(["analyze", "Examples/port-strike", "--output", analyzed.path])
            #expect(analyze.status == 0)
            #expect(analyze.standardOutput.isEmpty)
            let lines = try String(contentsOf: analyzed, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 3)
        }
    }
}
