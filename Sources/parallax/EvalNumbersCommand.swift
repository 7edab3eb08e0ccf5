import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax eval numbers`: Recognizers-Text spec conformance of the number, unit and time readers.
struct EvalNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "Run Recognizers-Text English spec files (Number, NumberWithUnit, DateTime) and print pass rates."
    )

    @Argument(help: "Spec files or folders of them (folders are walked for .json files).")
    var paths: [String]

    func run() throws {
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
            } else {
                score = try RecognizersTextEvaluator.evaluate(data, file: name)
            }
            print(line(score) + (model == .temperature ? "  (temperature not covered: skipped)" : ""))
            overall.add(score)
            if let model, model != .temperature { issueTotal.add(score) }
            if name.hasPrefix("DateTime/"), DateTimeSpecReport.isExtractorOrParser(name) { dateTime.add(score) }
        }
        print(line(overall))
        if issueTotal.total > 0 {
            print(line(issueTotal) + "  (Number, Ordinal, Percent, NumberRange, Currency, Dimension, Age)")
        }
        if dateTime.total > 0 { print(line(dateTime) + "  (DateTime *Extractor.json and *Parser.json)") }
    }

    private func line(_ score: SpecScore) -> String {
        let rate = String(format: "%.1f%%", score.passRate * 100)
        return "\(score.file): \(score.passed)/\(score.total) \(rate)  skipped \(score.skipped)"
    }
}
