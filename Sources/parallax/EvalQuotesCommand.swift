import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax eval quotes`: attribution extraction scored on a PolNeAR-format folder.
struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quotation and attribution extraction on a PolNeAR-format folder (text/*.txt + attributions/*.ann).",
        discussion: """
            Prints content precision, recall and F1 over all gold attributions and over direct quotations, and
            speaker accuracy on matched pairs, as ../shared/peers/quotes_eval.py does; one annotator file per
            article is used, the first by name.
            """
    )

    @Argument(help: "The PolNeAR-format folder.")
    var folder: String

    @Option(help: "Write predictions as JSON Lines ({\"file\", \"quotes\": [{\"content\", \"speaker\"}]}) for quotes_eval.py.")
    var predictions: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let textFolder = (folder as NSString).appendingPathComponent("text")
        let annotationFolder = (folder as NSString).appendingPathComponent("attributions")
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("\(folder) is not a folder")
        }
        guard let texts = try? files.contentsOfDirectory(atPath: textFolder),
            let annotations = try? files.contentsOfDirectory(atPath: annotationFolder)
        else { throw CommandFailure("\(folder) must hold text/ and attributions/ folders (PolNeAR format)") }
        let names = texts.filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw CommandFailure("\(textFolder) holds no .txt file") }
        var annotationFile: [String: String] = [:]
        for name in annotations.filter({ $0.hasSuffix(".ann") }).sorted() {
            guard let cut = name.lastIndex(of: "_") else { continue }
            let article = String(name[..<cut]) + ".txt"
            if annotationFile[article] == nil { annotationFile[article] = name }
        }
        guard !annotationFile.isEmpty else { throw CommandFailure("\(annotationFolder) holds no .ann file") }

        let analyzer = Analyzer()
        var scorer = AttributionScorer()
        var lines: [String] = []
        for name in names {
            let path = (textFolder as NSString).appendingPathComponent(name)
            guard let data = files.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
            let text = String(decoding: data, as: UTF8.self)
            let scalars = Array(text.unicodeScalars)
            let article = Article(id: name, source: name, text: text, origin: path)
            let quotes = analyzer.analyze(article).quotes
            let predicted = QuotePredictions.attributions(of: quotes, text: scalars)
            lines.append(Self.jsonLine(file: name, predicted))
            guard let annotation = annotationFile[name] else { continue }
            let annotationPath = (annotationFolder as NSString).appendingPathComponent(annotation)
            guard let standoff = files.contents(atPath: annotationPath) else { throw CommandFailure("cannot read \(annotationPath)") }
            let gold: [GoldAttribution]
            do {
                gold = try BratAttributionReader.attributions(
                    standoff: String(decoding: standoff, as: UTF8.self), text: scalars, file: annotationPath)
            } catch {
                throw CommandFailure(error.description)
            }
            scorer.add(gold: gold, predicted: predicted, text: scalars)
        }
        writer.line(scorer.all.line("all"))
        writer.line(scorer.direct.line("direct"))
        if let predictions {
            let contents = lines.joined(separator: "\n") + "\n"
            guard files.createFile(atPath: predictions, contents: Data(contents.utf8)) else {
                throw CommandFailure("cannot write \(predictions)")
            }
        }
        try writer.commit()
    }

    /// One JSON line of predictions, the format quotes_eval.py reads.
    private static func jsonLine(file: String, _ predicted: [PredictedAttribution]) -> String {
        let quotes = predicted.map { item -> String in
            let speaker = item.speaker.map { "[\($0.start), \($0.end)]" } ?? "null"
            return "{\"content\": [\(item.content.start), \(item.content.end)], \"speaker\": \(speaker)}"
        }
        let escaped = file.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "{\"file\": \"\(escaped)\", \"quotes\": [\(quotes.joined(separator: ", "))]}"
    }
}
