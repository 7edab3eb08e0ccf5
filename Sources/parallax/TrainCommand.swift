import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxTraining

/// `parallax train pos|ner`: train a tagger model on a CoNLL-2003 style file; `parallax train clusters`:
/// learn the word classes the taggers read from unlabelled text.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a POS or NER tagger model from CoNLL files (progress and dev score per epoch on stderr), or word clusters from unlabelled text."
    )

    /// What `parallax train` can train.
    enum Target: String, ExpressibleByArgument, CaseIterable {
        /// A part-of-speech tagger, from CoNLL column 2.
        case pos
        /// A named-entity tagger, from CoNLL column 4.
        case ner
        /// Word clusters, from unlabelled text.
        case clusters
        /// The fact-pair model of claim alignment, from annotated multi-outlet stories.
        case claims
        /// The event-pair model of event alignment, from annotated multi-outlet stories.
        case events
        /// The quote-pair model of quote alignment, from annotated multi-outlet stories.
        case quotes
        /// The story-match model of story clustering, from corpora with gold stories.
        case stories

        /// The pair model a `claims`, `events` or `quotes` target trains; `nil` for the others.
        var pairModel: TrainClaims.Model? {
            switch self {
            case .claims: return .claims
            case .events: return .events
            case .quotes: return .quotes
            case .pos, .ner, .clusters, .stories: return nil
            }
        }

        /// The tagger task a `pos` or `ner` target trains; `nil` for the others.
        var taggerTask: TaggerTask? {
            switch self {
            case .pos: return .partOfSpeech
            case .ner: return .namedEntities
            case .clusters, .claims, .events, .quotes, .stories: return nil
            }
        }
    }

    @Argument(help: "What to train: pos, ner, clusters, claims, events, quotes or stories.")
    var task: Target

    @Argument(help: "clusters: unlabelled text files or folders (CoNLL, JSON Lines, plain text); stories: JSON Lines corpora with a gold story per line.")
    var inputs: [String] = []

    @Option(help: "Training file, CoNLL format (word POS chunk NER).")
    var train: String?

    @Option(help: "ner only: word-cluster file the features read (default: the bundled one; `none` for no cluster features).")
    var clusters: String?

    @Option(help: "clusters only: bits in each cluster path (at most 2^depth clusters).")
    var depth: Int = 10

    @Option(help: "clusters only: most word types kept.")
    var maxWords: Int = 100_000

    @Option(help: "clusters only: most frequent words used as contexts.")
    var contextWords: Int = 1_000

    @Option(help: "claims and events only: the folder of story folders (<story>/<source>.txt and .meta.json).")
    var stories: String?

    @Option(help: "claims and events only: the folder of gold_facts@1 files, one per story trained on.")
    var gold: String?

    @Option(help: "claims and events only: the alignment threshold to write instead of the one of best pair F1 on the examples.")
    var threshold: Double?

    @Option(help: "Dev file scored after each epoch.")
    var dev: String?

    @Option(
        name: [.customShort("o"), .customLong("out"), .customLong("output")],
        help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var out: String

    @Option(help: "Tag sequences the decoder keeps per token, in training and in the model (1: greedy).")
    var beam: Int = 1

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

    /// Checks the arguments while parsing, so that missing training data is a usage error (exit 64)
    /// shown with `train`'s usage rather than a failure after loading models.
    func validate() throws {
        switch task {
        case .clusters:
            guard !inputs.isEmpty else {
                throw ValidationError("train clusters needs unlabelled text: give at least one input file or folder")
            }
            guard (1...16).contains(depth) else { throw ValidationError("--depth must be 1…16, got \(depth)") }
        case .stories:
            guard !inputs.isEmpty else {
                throw ValidationError("train stories needs corpora: give JSON Lines files with a gold \"story\" per line")
            }
        case .claims, .events, .quotes:
            guard stories != nil, gold != nil else {
                throw ValidationError("train \(task.rawValue) needs annotated stories: give --stories FOLDER and --gold FOLDER")
            }
            if let threshold, !(0.01...0.99).contains(threshold) {
                throw ValidationError("--threshold must be a probability between 0.01 and 0.99, got \(threshold)")
            }
        case .pos, .ner:
            guard train != nil else {
                throw ValidationError(
                    "train \(task.rawValue) needs training data: give --train FILE (CoNLL: word POS chunk NER)")
            }
            guard inputs.isEmpty else {
                throw ValidationError(
                    "train \(task.rawValue) reads --train, not input files (inputs are for train clusters)")
            }
            guard (10...24).contains(bucketBits) else {
                throw ValidationError("--bucket-bits must be 10…24, got \(bucketBits)")
            }
        }
    }

    func run() throws {
        if task == .stories { return try TrainStories.run(corpora: inputs, out: out) }
        if let stories, let gold, let model = task.pairModel {
            return try TrainClaims.run(model, stories: stories, gold: gold, threshold: threshold, out: out)
        }
        guard let kind = task.taggerTask else { return try buildClusters() }
        // validate() has made sure that pos and ner have their training file.
        guard let train else { throw CommandFailure("train \(task.rawValue) needs --train FILE") }
        let table = try TaggerFiles.clusters(clusters)
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
            trainer = PerceptronTrainer(task: kind, tagSet: tags, bucketBits: bucketBits, epochs: epochs, seed: seed, maxWeights: maxWeights, beamWidth: beam)
            training = CoNLLTagging.partOfSpeechDocuments(trainDocuments, tagSet: tags)
            devTraining = CoNLLTagging.partOfSpeechDocuments(devDocuments, tagSet: tags)
        case .namedEntities:
            let pos = try TaggerFiles.model(posModel, task: .partOfSpeech, clusters: table)
            let tags = CoNLLTagging.entityTags(trainDocuments)
            trainer = PerceptronTrainer(task: kind, tagSet: tags, bucketBits: bucketBits, epochs: epochs, seed: seed, maxWeights: maxWeights, clusters: table, beamWidth: beam)
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

    /// `parallax train clusters --out FILE INPUT…`.
    private func buildClusters() throws {
        let clock = ContinuousClock()
        let started = clock.now
        var sentences: [[String]] = []
        for input in inputs { sentences += try UnlabelledText.sentences(input) }
        let tokens = sentences.reduce(0) { $0 + $1.count }
        StandardError.print("train clusters: \(sentences.count) sentences, \(tokens) tokens read in \(clock.now - started)")
        let builder = WordClusterBuilder(depth: depth, maxWords: maxWords, contextWords: contextWords, seed: seed)
        let table = builder.build(sentences)
        let bytes = table.encoded()
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
        }
        let used = Set(table.entries.map(\.path)).count
        StandardError.print("wrote \(out): \(bytes.count) bytes, \(table.count) words in \(used) clusters; wall \(clock.now - started)")
    }
}
