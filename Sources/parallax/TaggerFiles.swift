import Foundation
import ParallaxCore
import ParallaxEvaluation

/// File I/O shared by `parallax train` and `parallax eval pos|ner`.
enum TaggerFiles {
    /// The CoNLL documents of the file at `path`.
    static func conll(_ path: String) throws -> [CoNLLDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
        do {
            return try CoNLLReader.documents(String(decoding: data, as: UTF8.self))
        } catch {
            throw CommandFailure("\(path): \(error)")
        }
    }

    /// The model at `path`, or the bundled model for `task` when `path` is nil; `clusters` is the
    /// word-cluster table it was trained with (nil: the bundled one).
    static func model(_ path: String?, task: TaggerTask, clusters: WordClusters? = nil) throws -> PerceptronTagger {
        do {
            guard let path else { return try BundledTaggers.model(task) }
            guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
            let model = try PerceptronTagger(modelBytes: [UInt8](data), clusters: clusters)
            guard model.task == task else { throw CommandFailure("\(path) is a \(model.task.name) model, not \(task.name)") }
            return model
        } catch let error as TaggerModelError {
            throw CommandFailure("\(path ?? "bundled \(task.name) model"): \(error)")
        }
    }

    /// The word-cluster table at `path`: the bundled one when nil, none for `none`.
    static func clusters(_ path: String?) throws -> WordClusters? {
        if path == "none" { return nil }
        do {
            guard let path else { return try WordClusters.bundled.get() }
            guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
            return try WordClusters(fileBytes: [UInt8](data))
        } catch let error as WordClusterError {
            throw CommandFailure("\(path ?? "bundled word clusters"): \(error)")
        }
    }
}
