import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax eval numbers`: Recognizers-Text spec conformance of the number, unit and time readers.
struct EvalNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "Run Recognizers-Text English spec files (Number, NumberWithUnit, DateTime) and print pass rates."
    )

    @Argument(help: "Spec files or folders of them (folders are walked for .json files).")
    var paths: [String]

    @Flag(help: "Also print each failing DateTime case: its input and the first difference found.")
    var failures = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure("no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                let walker = FileManager.default.enumerator(atPath: path)
                while let relative = walker?.nextObject() as? String {
                    if relative.hasSuffix(".json") { files.append((path as NSString).appendingPathComponent(relative)) }
                }
                if files.isEmpty { throw CommandFailure("no .json spec file under \(path)") }
            } else {
                files.append(path)
            }
        }
        files.sort()
        var issueTotal = SpecScore(file: "issue model set")
        var overall = SpecScore(file: "overall")
        var dateTime = SpecScore(file: "DateTime extractor+parser")
        for file in files {
            let name = ((file as NSString).deletingLastPathComponent as NSString).lastPathComponent + "/"
                + (file as NSString).lastPathComponent
            guard let data = FileManager.default.contents(atPath: file) else { throw CommandFailure("cannot read \(file)") }
            let score: SpecScore
            let model = RecognizersTextModel(fileName: name)
            if name.hasPrefix("DateTime/") {
                score = try DateTimeSpecEvaluator.evaluate(data, file: name)
                if failures { try printFailures(data, file: name, to: writer) }
            } else {
                score = try RecognizersTextEvaluator.evaluate(data, file: name)
            }
            writer.line(line(score) + (model == .temperature ? "  (temperature not covered: skipped)" : ""))
            overall.add(score)
            if let model, model != .temperature { issueTotal.add(score) }
            if name.hasPrefix("DateTime/"), DateTimeSpecReport.isExtractorOrParser(name) { dateTime.add(score) }
        }
        writer.line(line(overall))
        if issueTotal.total > 0 {
            writer.line(line(issueTotal) + "  (Number, Ordinal, Percent, NumberRange, Currency, Dimension, Age)")
        }
        if dateTime.total > 0 { writer.line(line(dateTime) + "  (DateTime *Extractor.json and *Parser.json)") }
        try writer.commit()
    }

    /// Writes `file<TAB>input<TAB>reason` for each failing case of a DateTime spec file.
    private func printFailures(_ data: Data, file: String, to writer: ReportWriter) throws {
        let json = try JSONSerialization.jsonObject(with: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data)
        let inputs = (json as? [Any] ?? []).map { (($0 as? [String: Any])?["Input"] as? String) ?? "?" }
        for (input, outcome) in zip(inputs, try DateTimeSpecEvaluator.outcomes(data, file: file)) {
            if case .failed(let reason) = outcome { writer.line("FAIL\t\(file)\t\(input)\t\(reason)") }
        }
    }

    private func line(_ score: SpecScore) -> String {
        let rate = String(format: "%.1f%%", score.passRate * 100)
        return "\(score.file): \(score.passed)/\(score.total) \(rate)  skipped \(score.skipped)"
    }
}
