import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax train pos|ner`: train a tagger model on a CoNLL-2003 style file.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a POS or NER tagger model from CoNLL files (progress and dev score per epoch on stderr)."
    )

    @Argument(help: "What to train: pos or ner.")
    var task: String

    @Option(help: "Training file, CoNLL format (word POS chunk NER).")
    var train: String

    @Option(help: "Dev file scored after each epoch.")
    var dev: String?

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "Passes over the training data.")
    var epochs: Int = 10

    @Option(help: "Seed of the document shuffle.")
    var seed: UInt64 = 1

    @Option(help: "log2 of the hashed feature table size.")
    var bucketBits: Int = 20

    @Option(help: "Most non-zero weights kept in the model file (about 3 bytes each).")
    var maxWeights: Int = 1_250_000

    @Option(help: "POS model whose tags feed the NER features (default: the bundled one).")
    var posModel: String?

    func run() throws {
        guard let kind = TaggerTask.allCases.first(where: { $0.name == task }) else {
            throw CommandFailure("unknown task \(task): use pos or ner")
        }
        guard (10...24).contains(bucketBits) else { throw CommandFailure("--bucket-bits must be 10…24") }
        let clock = ContinuousClock()
        let started = clock.now
        let trainDocuments = try TaggerFiles.conll(train)
        let devDocuments = try dev.map(TaggerFiles.conll) ?? []
        let trainer: PerceptronTrainer
        let training: [TrainingDocument]
        let devTraining: [TrainingDocument]
        switch kind {
        case .partOfSpeech:
            let tags = CoNLLTagging.partOfSpeechTags(trainDocuments)
            trainer = PerceptronTrainer(task: kind, tagSet: tags, bucketBits: bucketBits, epochs: epochs, seed: seed, maxWeights: maxWeights)
            training = CoNLLTagging.partOfSpeechDocuments(trainDocuments, tagSet: tags)
            devTraining = CoNLLTagging.partOfSpeechDocuments(devDocuments, tagSet: tags)
        case .namedEntities:
            let pos = try TaggerFiles.model(posModel, task: .partOfSpeech)
            let tags = CoNLLTagging.entityTags(trainDocuments)
            trainer = PerceptronTrainer(task: kind, tagSet: tags, bucketBits: bucketBits, epochs: epochs, seed: seed, maxWeights: maxWeights)
            training = CoNLLTagging.entityDocuments(trainDocuments, tagSet: tags, partsOfSpeech: pos)
            devTraining = CoNLLTagging.entityDocuments(devDocuments, tagSet: tags, partsOfSpeech: pos)
        }
        StandardError.print("train \(kind.name): \(training.count) documents, \(training.reduce(0) { $0 + $1.gold.count }) tokens, \(trainer.tagSet.count) tags")
        let model = trainer.train(training, dev: devTraining) { report in
            let dev = report.devScore.map { String(format: "  dev %@ %.4f", kind == .partOfSpeech ? "accuracy" : "F1", $0) } ?? ""
            StandardError.print(String(
                format: "epoch %d  train errors %d/%d (%.2f%%)%@  %.1fs", report.epoch, report.trainingErrors,
                report.trainingTokens, 100 * Double(report.trainingErrors) / Double(max(report.trainingTokens, 1)), dev,
                report.seconds))
        }
        let bytes = model.encoded()
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
        }
        let elapsed = clock.now - started
        StandardError.print("wrote \(out): \(bytes.count) bytes, \(model.nonZeroWeights) weights; wall \(elapsed)")
    }
}
