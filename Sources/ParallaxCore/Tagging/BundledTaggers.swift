import Foundation

/// The POS and NER models that ship in the package's resources, each loaded once per process.
public enum BundledTaggers {
    /// The bundled POS model, or why it could not be loaded.
    public static let partOfSpeech: Result<PerceptronTagger, TaggerModelError> = load("pos")
    /// The bundled NER model, or why it could not be loaded.
    public static let namedEntities: Result<PerceptronTagger, TaggerModelError> = load("ner")

    /// Loads both models at once, one per core (each load is independent; a process that analyzes
    /// anything needs both, and loading is most of a short command's start-up). Only the first call
    /// does anything.
    public static func preload() { _ = loadedTogether }

    /// Both models, loaded side by side once per process.
    private static let loadedTogether: Void = DispatchQueue.concurrentPerform(iterations: 2) { index in
        _ = index == 0 ? partOfSpeech : namedEntities
    }

    /// The bundled model for `task`.
    public static func model(_ task: TaggerTask) throws(TaggerModelError) -> PerceptronTagger {
        switch task {
        case .partOfSpeech: try partOfSpeech.get()
        case .namedEntities: try namedEntities.get()
        }
    }

    /// Reads `Models/<name>.plxt` from the package resources.
    private static func load(_ name: String) -> Result<PerceptronTagger, TaggerModelError> {
        guard let url = Bundle.module.url(forResource: name, withExtension: "plxt", subdirectory: "Models"),
            let data = try? Data(contentsOf: url)
        else { return .failure(.missingResource("Models/\(name).plxt")) }
        do {
            return .success(try PerceptronTagger(modelBytes: [UInt8](data)))
        } catch {
            return .failure(error)
        }
    }
}
