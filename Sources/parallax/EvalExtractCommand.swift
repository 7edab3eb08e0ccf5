import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxIngest

/// `parallax eval extract`: article-body extraction quality and speed on a benchmark folder.
struct EvalExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Score HTML article extraction on a benchmark folder (html/*.html.gz + ground-truth.json)."
    )

    @Argument(help: "The benchmark folder.")
    var folder: String

    @Option(help: "Write predictions as {id: {\"articleBody\": text}} to this file (for extract_eval.py).")
    var predictions: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let truthPath = (folder as NSString).appendingPathComponent("ground-truth.json")
        guard let data = FileManager.default.contents(atPath: truthPath),
            let records = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw CommandFailure("cannot read \(truthPath) (expected {id: {\"articleBody\": …, \"url\": …}})") }
        var truth: [String: String] = [:]
        var urls: [String: String] = [:]
        for (id, value) in records {
            let record = value as? [String: Any]
            truth[id] = record?["articleBody"] as? String ?? ""
            urls[id] = record?["url"] as? String
        }
        // Pages are read and decompressed first, so the timing covers extraction only (as the peer script does).
        var pages: [(String, [UInt8])] = []
        var megabytes = 0.0
        for id in truth.keys.sorted() {
            let path = (folder as NSString).appendingPathComponent("html/\(id).html.gz")
            guard let compressed = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
            let bytes: [UInt8]
            do {
                bytes = try GzipDecoder().decode([UInt8](compressed))
            } catch {
                throw CommandFailure("\(path): \(error)")
            }
            megabytes += Double(bytes.count) / 1e6
            pages.append((id, bytes))
        }
        let extractor = HTMLArticleExtractor()
        var predicted: [String: String] = [:]
        var failures = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for (id, bytes) in pages {
            do {
                predicted[id] = try extractor.extract(bytes, url: urls[id]).articleBody
            } catch {
                failures += 1
                predicted[id] = ""
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let score = ExtractionScorer.score(truth: truth, predictions: predicted)
        writer.line(
            String(
                format: "pages=%d precision=%.4f recall=%.4f f1=%.4f exact=%.3f  no-article=%d", score.pages, score.precision,
                score.recall, score.f1, score.exact, failures))
        writer.line(
            String(
                format: "parallax: pages=%d MB=%.1f seconds=%.3f pages_per_s=%.1f", pages.count, megabytes, seconds,
                Double(pages.count) / max(seconds, 1e-9)))
        if let predictions {
            let object = predicted.mapValues { ["articleBody": $0] }
            let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            guard FileManager.default.createFile(atPath: predictions, contents: json) else {
                throw CommandFailure("cannot write \(predictions)")
            }
        }
        try writer.commit()
    }
}
