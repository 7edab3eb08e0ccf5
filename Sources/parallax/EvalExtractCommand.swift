import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxIngest
import ParallaxReport

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
        // Pages are read, decompressed and extracted on every core; the timing covers all three (a
        // user's run starts from the saved files too).
        let ids = truth.keys.sorted()
        let (pageURLs, benchmark) = (urls, folder)
        let extractor = HTMLArticleExtractor()
        let start = DispatchTime.now().uptimeNanoseconds
        let extracted = concurrentMap(ids.count) { index -> (body: String?, bytes: Int, failure: String?) in
            let path = (benchmark as NSString).appendingPathComponent("html/\(ids[index]).html.gz")
            guard let compressed = FileManager.default.contents(atPath: path) else { return (nil, 0, "cannot read \(path)") }
            do {
                let bytes = try GzipDecoder().decode([UInt8](compressed))
                return ((try? extractor.extract(bytes, url: pageURLs[ids[index]]))?.articleBody, bytes.count, nil)
            } catch {
                return (nil, 0, "\(path): \(error)")
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let failure = extracted.lazy.compactMap(\.failure).first { throw CommandFailure(failure) }
        var predicted: [String: String] = [:]
        for (index, id) in ids.enumerated() { predicted[id] = extracted[index].body ?? "" }
        let failures = extracted.filter { $0.body == nil }.count
        let megabytes = Double(extracted.reduce(0) { $0 + $1.bytes }) / 1e6
        let score = ExtractionScorer.score(truth: truth, predictions: predicted)
        writer.line(
            String(
                format: "pages=%d precision=%.4f recall=%.4f f1=%.4f exact=%.3f  no-article=%d", score.pages, score.precision,
                score.recall, score.f1, score.exact, failures))
        writer.line(
            String(
                format: "parallax: pages=%d MB=%.1f seconds=%.3f pages_per_s=%.1f", ids.count, megabytes, seconds,
                Double(ids.count) / max(seconds, 1e-9)))
        if let predictions {
            let object = predicted.mapValues { ["articleBody": $0] }
            let json = Data(try JSONOutput.string(object, pretty: false).utf8)
            guard FileManager.default.createFile(atPath: predictions, contents: json) else {
                throw CommandFailure("cannot write \(predictions)")
            }
        }
        try writer.commit()
    }
}
