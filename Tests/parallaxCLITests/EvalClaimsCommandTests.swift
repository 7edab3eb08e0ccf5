import Foundation
import Testing

/// `parallax eval claims` end to end: a two-outlet story written here, its gold file, and bad input.
@Suite("parallax eval claims")
struct EvalClaimsCommandTests {
    @Test("a story and its gold give the scorer's six lines and the value-facts line")
    func scoresAStory() throws {
        try TemporaryFolder.with { folder in
            let stories = folder.appendingPathComponent("stories")
            let story = stories.appendingPathComponent("harbour")
            try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
            let gold = folder.appendingPathComponent("gold")
            try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
            _ = try TemporaryFolder.write(
                "The council approved the harbour bill on Wednesday after a long debate.", to: "alpha.txt", in: story)
            _ = try TemporaryFolder.write("{\"date\": \"2026-05-07\", \"source\": \"alpha\"}", to: "alpha.meta.json", in: story)
            _ = try TemporaryFolder.write(
                "Councillors passed the harbour bill on Wednesday, ending months of argument.", to: "beta.txt", in: story)
            _ = try TemporaryFolder.write("{\"date\": \"2026-05-07\", \"source\": \"beta\"}", to: "beta.meta.json", in: story)
            _ = try TemporaryFolder.write(
                """
                {"story": "harbour", "sources": ["alpha", "beta"], "quotes": [],
                 "facts": [{"id": "F1", "what": "day of the vote", "type": "date", "verdict": "agree",
                            "mentions": [{"source": "alpha", "text": "Wednesday"}, {"source": "beta", "text": "Wednesday"}]}]}
                """, to: "harbour.json", in: gold)
            let result = try ParallaxProcess.run(["eval", "claims", stories.path, gold.path])
            #expect(result.status == 0)
            let lines = result.standardOutput.split(separator: "\n")
            #expect(lines.count == 7)
            #expect(lines.last == "values by value facts alone: r=1.000 f1=1.000")
            #expect(lines.first == "stories=1 unlocated_mentions=0")
            #expect(lines.contains { $0.hasPrefix("values: pairs gold=1 ") && $0.hasSuffix("r=1.000 f1=1.000") })
        }
    }

    @Test("a missing folder or a malformed gold file is a one-line error", arguments: ["missing", "malformed"])
    func badInput(kind: String) throws {
        try TemporaryFolder.with { folder in
            var arguments = ["eval", "claims", folder.path, folder.appendingPathComponent("nowhere").path]
            if kind == "malformed" {
                _ = try TemporaryFolder.write("{\"story\": 3", to: "broken.json", in: folder)
                arguments[3] = folder.path
            }
            let result = try ParallaxProcess.run(arguments)
            #expect(result.status == 1)
            #expect(result.errorLines.count == 1)
        }
    }
}
