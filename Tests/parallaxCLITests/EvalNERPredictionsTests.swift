import Foundation
import Testing

/// `parallax eval ner --predictions` writes the tagged file for error analysis; `--clusters` scores a
/// model trained with another word-cluster table (or none).
@Suite("parallax eval ner: predictions and cluster tables")
struct EvalNERPredictionsTests {
    /// Two written sentences in CoNLL-2003 columns (word, POS, chunk, NER; IOB1 as the corpus has it).
    static let conll = """
        -DOCSTART- -X- -X- O

        Maria NNP B-NP I-PER
        Lopez NNP I-NP I-PER
        visited VBD B-VP O
        Lisbon NNP B-NP I-LOC
        on IN B-PP O
        Monday NNP B-NP O
        . . O O

        The DT B-NP O
        Harbor NNP I-NP I-ORG
        Authority NNP I-NP I-ORG
        said VBD B-VP O
        ships NNS B-NP O
        were VBD B-VP O
        late JJ B-ADJP O
        . . O O

        """

    @Test("--predictions writes word, gold and predicted tag (IOB2) per token, a blank line between sentences")
    func predictions() throws {
        try TemporaryFolder.with { folder in
            let file = try TemporaryFolder.write(Self.conll, to: "small.txt", in: folder)
            let out = folder.appendingPathComponent("tagged.txt").path
            let result = try ParallaxProcess.run(["eval", "ner", file, "--predictions", out])
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("overall"))
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
            let sentences = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            #expect(sentences.count == 2)
            let rows = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
            #expect(rows.count == 15)
            #expect(rows.allSatisfy { $0.count == 3 })
            #expect(rows.map { $0[0] }.prefix(4) == ["Maria", "Lopez", "visited", "Lisbon"])
            #expect(rows.map { $0[1] }.prefix(4) == ["B-PER", "I-PER", "O", "B-LOC"])
            #expect(rows.allSatisfy { $0[2] == "O" || $0[2].hasPrefix("B-") || $0[2].hasPrefix("I-") })

            let unwritable = try ParallaxProcess.run(["eval", "ner", file, "--predictions", folder.appendingPathComponent("no/such/t.txt").path])
            #expect(unwritable.status == 1)
            #expect(unwritable.errorLines.count == 1)
        }
    }

    @Test("--clusters none scores a model trained without clusters; the bundled table is refused for it")
    func clusterTables() throws {
        try TemporaryFolder.with { folder in
            let file = try TemporaryFolder.write(Self.conll, to: "small.txt", in: folder)
            let model = folder.appendingPathComponent("ner.plxt").path
            let trained = try ParallaxProcess.run([
                "train", "ner", "--train", file, "--out", model, "--epochs", "2", "--bucket-bits", "12", "--clusters", "none",
            ])
            #expect(trained.status == 0)
            let scored = try ParallaxProcess.run(["eval", "ner", file, "--model", model, "--clusters", "none"])
            #expect(scored.status == 0)
            #expect(scored.standardOutput.contains("overall"))
            let mismatched = try ParallaxProcess.run(["eval", "ner", file, "--model", model, "--clusters", "/no/such/table.plxc"])
            #expect(mismatched.status == 1)
            #expect(mismatched.errorLines.count == 1)
            #expect(mismatched.standardError.contains("cannot read"))
        }
    }
}
