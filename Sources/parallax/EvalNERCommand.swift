import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax eval ner`: conlleval entity scores of the NER tagger on a CoNLL file.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity-level precision, recall and F1 per type and overall (conlleval rules) on a CoNLL file."
    )

    @Argument(help: "CoNLL file (word POS chunk NER, IOB1 or IOB2).")
    var file: String

    @Option(help: "NER model file (default: the bundled one).")
    var model: String?

    @Option(help: "POS model file feeding the NER features (default: the bundled one).")
    var posModel: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let documents = try TaggerFiles.conll(file)
        let tagger = try TaggerFiles.model(model, task: .namedEntities)
        let pos = try TaggerFiles.model(posModel, task: .partOfSpeech)
        writer.line(CoNLLTaggerScorer.scoreEntities(tagger, partsOfSpeech: pos, on: documents).table())
        try writer.commit()
    }
}
