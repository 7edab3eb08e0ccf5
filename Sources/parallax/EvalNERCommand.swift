import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax eval ner`: conlleval entity scores of the NER tagger on a CoNLL file, or the analysis's
/// names against MEANTIME's named mentions (by overlap and type, since MEANTIME's extents are whole noun
/// phrases).
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity-level precision, recall and F1 per type and overall (conlleval rules) on a CoNLL file."
    )

    @Argument(help: "CoNLL file (word POS chunk NER, IOB1 or IOB2), or MEANTIME's derived_documents.jsonl (or its folder).")
    var file: String

    @Option(help: "NER model file (default: the bundled one).")
    var model: String?

    @Option(help: "POS model file feeding the NER features (default: the bundled one).")
    var posModel: String?

    @Option(help: "Word-cluster table the NER model was trained with (default: the bundled one; 'none' for a model trained without).")
    var clusters: String?

    @Option(help: "Write the tagged file (word, gold tag, predicted tag, IOB2; a blank line between sentences) to this file, to read the errors with conlleval or a script.")
    var predictions: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        if let meantime = try meantimeDocuments() {
            guard model == nil, posModel == nil, clusters == nil else {
                throw ValidationError("--model, --pos-model and --clusters apply to CoNLL files; MEANTIME is scored with the bundled analysis")
            }
            writer.line(Self.meantimeTable(meantime))
            try writer.commit()
            return
        }
        let documents = try TaggerFiles.conll(file)
        let tagger = try TaggerFiles.model(
            model, task: .namedEntities, clusters: model == nil ? nil : TaggerFiles.clusters(clusters))
        let pos = try TaggerFiles.model(posModel, task: .partOfSpeech)
        let guessed = CoNLLTaggerScorer.entityLabels(tagger, partsOfSpeech: pos, on: documents)
        writer.line(CoNLLTaggerScorer.scoreEntities(guessed: guessed, on: documents).table())
        if let predictions { try Self.writePredictions(to: predictions, documents: documents, guessed: guessed) }
        try writer.commit()
    }

    /// Writes `word gold predicted` lines (`guessed` from `CoNLLTaggerScorer.entityLabels`), sentence
    /// after sentence, tags in IOB2.
    private static func writePredictions(
        to path: String, documents: [CoNLLDocument], guessed: [[[String]]]
    ) throws(CommandFailure) {
        var text = ""
        for (document, labels) in zip(documents, guessed) {
            for (sentence, sentenceLabels) in zip(document.sentences, labels) {
                let gold = EntityLabels.iob2(sentence.entities)
                for (index, word) in sentence.words.enumerated() where index < sentenceLabels.count && index < gold.count {
                    text += "\(word) \(gold[index]) \(sentenceLabels[index])\n"
                }
                text += "\n"
            }
        }
        try SideFile.write(Data(text.utf8), to: path)
    }

    /// MEANTIME's documents when `file` is its JSON Lines file (or a folder holding
    /// `derived_documents.jsonl`); nil for anything else (read as CoNLL).
    private func meantimeDocuments() throws -> [MeantimeDocument]? {
        var path = file
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            path = (file as NSString).appendingPathComponent("derived_documents.jsonl")
        }
        guard path.hasSuffix(".jsonl"), let data = FileManager.default.contents(atPath: path), MeantimeReader.isMeantime(data)
        else { return nil }
        do {
            return try MeantimeReader.documents(jsonLines: data)
        } catch {
            throw CommandFailure("eval ner: \(path): \(error)")
        }
    }

    /// The analysis's names scored against MEANTIME's named mentions (`MeantimeNameScorer`), per type and
    /// overall (micro-averaged).
    static func meantimeTable(_ documents: [MeantimeDocument]) -> String {
        let analyzer = Analyzer()
        let perDocument = concurrentMap(documents.count) { index -> [String: ChunkCounts] in
            let document = documents[index]
            let analyzed = analyzer.analyze(
                Article(id: document.id, source: "meantime", published: document.creationDate, text: document.text))
            let system = analyzed.entities.filter { document.isAnnotated($0.span) }.compactMap { mention in
                MeantimeNameScorer.meantimeType(of: mention.type).map { (span: mention.span, type: $0) }
            }
            return MeantimeNameScorer.score(gold: document.names.filter { document.isAnnotated($0.span) }, system: system)
        }
        var total: [String: ChunkCounts] = [:]
        for counts in perDocument {
            for (type, count) in counts { total[type, default: ChunkCounts()] += count }
        }
        var overall = ChunkCounts()
        var lines = [
            "MEANTIME names (\(documents.count) documents, the sentences annotated throughout; overlap and type, PER/ORG/LOC): type gold found right P R F1"
        ]
        for type in MeantimeNameScorer.types {
            let count = total[type] ?? ChunkCounts()
            overall += count
            lines.append(Self.meantimeRow(type, count))
        }
        lines.append(Self.meantimeRow("overall", overall))
        return lines.joined(separator: "\n")
    }

    private static func meantimeRow(_ name: String, _ count: ChunkCounts) -> String {
        String(
            format: "%@ %5d %5d %5d  %.4f %.4f %.4f", name.padding(toLength: 8, withPad: " ", startingAt: 0), count.gold, count.guessed,
            count.correct, count.precision, count.recall, count.f1)
    }
}
