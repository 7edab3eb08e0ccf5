import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax eval pos`: token accuracy of the POS tagger on a CoNLL file.
struct EvalPOSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pos",
        abstract: "Token accuracy of the POS tagger against column 2 of a CoNLL file."
    )

    @Argument(help: "CoNLL file (word POS chunk NER).")
    var file: String

    @Option(help: "POS model file (default: the bundled one).")
    var model: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let documents = try TaggerFiles.conll(file)
        let tagger = try TaggerFiles.model(model, task: .partOfSpeech)
        let (correct, total) = CoNLLTaggerScorer.scorePartsOfSpeech(tagger, on: documents)
        writer.line(String(format: "pos accuracy: %.4f (%d/%d tokens)", Double(correct) / Double(max(total, 1)), correct, total))
        try writer.commit()
    }
}
