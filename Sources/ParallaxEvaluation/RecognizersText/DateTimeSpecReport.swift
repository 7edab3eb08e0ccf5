import ParallaxCore

import Foundation

/// Scores of a set of Recognizers-Text DateTime spec files, per file and together.
///
/// The headline figure is `extractorAndParser`: every `*Extractor.json` and `*Parser.json` file
/// together (model and merged-model files are listed per file but not in it).
public struct DateTimeSpecReport: Sendable, Hashable {
    /// One score per file, in the order evaluated.
    public var files: [SpecScore]

    /// Creates a report from per-file scores.
    public init(files: [SpecScore]) {
        self.files = files
    }

    /// Scores each `(file, data)` pair with `DateTimeSpecEvaluator`; throws on the first file that is
    /// not a spec file.
    public static func evaluate(_ specs: [(file: String, data: Data)]) throws -> DateTimeSpecReport {
        DateTimeSpecReport(files: try specs.map { try DateTimeSpecEvaluator.evaluate($0.data, file: $0.file) })
    }

    /// Whether `file` (a name or path) is an extractor or parser spec, the files the headline covers.
    public static func isExtractorOrParser(_ file: String) -> Bool {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix("Extractor.json") || name.hasSuffix("Parser.json")
    }

    /// The extractor and parser files together.
    public var extractorAndParser: SpecScore {
        Self.sum(files.filter { Self.isExtractorOrParser($0.file) }, named: "DateTime extractor+parser")
    }

    /// All files together.
    public var overall: SpecScore { Self.sum(files, named: "DateTime all") }

    private static func sum(_ scores: [SpecScore], named name: String) -> SpecScore {
        scores.reduce(into: SpecScore(file: name)) { $0.add($1) }
    }
}
