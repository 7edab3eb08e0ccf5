import Foundation
import Testing

/// `eval time` and `eval ner` on a MEANTIME-shaped JSON Lines file (a record written for the test).
@Suite("eval on MEANTIME")
struct EvalMeantimeTests {
    static let record = #"""
        {"doc_id": "9", "dct": "2024-05-02", "sentences": ["Acme mill closes", "May 2 , 2024", "The Acme mill in Ohio shut on Monday .", "Tom Baker said so .", "It had run for 40 years .", "Buyers left .", "Later it was sold on Friday ."], "mentions": [{"tag": "TIMEX3", "attrs": {"functionInDocument": "CREATION_TIME", "type": "DATE", "value": "2024-05-02"}, "t_ids": [4, 5, 6, 7]}, {"tag": "TIMEX3", "attrs": {"type": "DATE", "value": "2024-04-29"}, "t_ids": [14, 15]}, {"tag": "TIMEX3", "attrs": {"type": "DURATION", "value": "P40Y"}, "t_ids": [26, 27]}, {"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "NAM"}, "t_ids": [17, 18], "refers_to": {"instance_id": "P1", "ent_type": "PER"}}, {"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "NAM"}, "t_ids": [12], "refers_to": {"instance_id": "L1", "ent_type": "LOC"}}]}
        """#

    @Test("eval time scores the annotated sentences, the date line left out")
    func timeValues() throws {
        try TemporaryFolder.with { folder in
            let file = try TemporaryFolder.write(Self.record + "\n", to: "derived_documents.jsonl", in: folder)
            let result = try ParallaxProcess.run(["eval", "time", file])
            #expect(result.status == 0)
            let row = try #require(result.standardOutput.split(separator: "\n").first { $0.hasPrefix("derived_documents.jsonl") })
            let fields = row.split(separator: " ", omittingEmptySubsequences: true)
            // docs, gold: one document, two expressions; "Friday" in the seventh sentence is not scored.
            #expect(fields[1] == "1")
            #expect(fields[2] == "2")
            #expect(!result.standardOutput.contains("Friday"))
        }
    }

    @Test("eval ner scores names by overlap and type, and refuses CoNLL-only options")
    func names() throws {
        try TemporaryFolder.with { folder in
            let file = try TemporaryFolder.write(Self.record + "\n", to: "derived_documents.jsonl", in: folder)
            let result = try ParallaxProcess.run(["eval", "ner", folder.path])
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("MEANTIME names (1 documents"))
            let overall = try #require(result.standardOutput.split(separator: "\n").first { $0.hasPrefix("overall") })
            #expect(overall.split(separator: " ", omittingEmptySubsequences: true)[1] == "2")
            let refused = try ParallaxProcess.run(["eval", "ner", file, "--model", "x.json"])
            #expect(refused.status != 0)
            #expect(refused.standardError.contains("--model"))
        }
    }

    @Test("a damaged MEANTIME line is a one-line error, not a crash")
    func damagedLine() throws {
        try TemporaryFolder.with { folder in
            let broken = Self.record + "\n" + String(Self.record.prefix(60)) + "\n"
            let file = try TemporaryFolder.write(broken, to: "derived_documents.jsonl", in: folder)
            let ner = try ParallaxProcess.run(["eval", "ner", file])
            #expect(ner.status != 0)
            #expect(ner.standardError.contains("line 2"))
            let time = try ParallaxProcess.run(["eval", "time", file])
            #expect(time.standardError.contains("line 2"))
        }
    }
}
