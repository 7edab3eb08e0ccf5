import Foundation
import Testing

/// `parallax train` refuses to start without its data: a usage error, before any model is loaded.
@Suite("parallax train")
struct TrainCommandTests {
    @Test(
        "missing training data exits 64 with one clear line and train's usage",
        arguments: [
            (["train", "pos", "-o", "model.bin"], "--train"),
            (["train", "ner", "--out", "model.bin"], "--train"),
            (["train", "clusters", "-o", "clusters.bin"], "input file or folder"),
            (["train", "claims", "-o", "pairs.json"], "--stories FOLDER and --gold FOLDER"),
            (["train"], "<task>"),
        ])
    func missingData(arguments: [String], mention: String) throws {
        try TemporaryFolder.with { folder in
            let result = try ParallaxProcess.run(arguments, in: folder)
            #expect(result.status == 64)
            let reason = try #require(result.errorLines.first)
            #expect(reason.hasPrefix("Error: "))
            #expect(reason.contains(mention))
            #expect(result.standardError.contains("Usage: parallax train "))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test("an unknown task exits 64 and lists the tasks")
    func unknownTask() throws {
        let result = try ParallaxProcess.run(["train", "parser", "-o", "model.bin"])
        #expect(result.status == 64)
        for task in ["pos", "ner", "clusters", "claims", "events", "quotes"] {
            #expect(result.standardError.contains("  - \(task)\n"), "\(task) listed")
        }
    }
}
