import Foundation
import ParallaxCore

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

    /// The model at `path`, or the bundled model for `task` when `path` is nil.
    static func model(_ path: String?, task: TaggerTask) throws -> PerceptronTagger {
        do {
            guard let path else { return try BundledTaggers.model(task) }
            guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
            let model = try PerceptronTagger(modelBytes: [UInt8](data))
            guard model.task == task else { throw CommandFailure("\(path) is a \(model.task.name) model, not \(task.name)") }
            return model
        } catch let error as TaggerModelError {
            throw CommandFailure("\(path ?? "bundled \(task.name) model"): \(error)")
        }
    }
}
