import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxIngest
import ParallaxReport

/// `parallax eval cluster CORPUS.jsonl`: story clustering against the corpus's gold stories, with the
/// figures of `../shared/peers/cluster_eval.py`, copy detection against `dup_text` flags, and speed.
struct EvalClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Score story clustering on a JSON Lines corpus with a gold \"story\" (or \"subtopic\") per line."
    )

    @Argument(help: "The corpus: one article per line with id (or doc), text, optional title/date/source and its gold story.")
    var corpus: String

    @Option(help: "Write the predictions ({\"ref\",\"story\"} per line, boilerplate left out) to this file for cluster_eval.py.")
    var predictions: String?

    @Option(help: "Join threshold instead of the model's.")
    var joinThreshold: Double?

    @Option(help: "Least probability for a boilerplate page to be placed by its headline, instead of the default.")
    var boilerplateThreshold: Double?

    @Option(help: "Merge threshold instead of the default.")
    var mergeThreshold: Double?

    @Option(help: "Days a story stays open without a new article instead of the default.")
    var windowDays: Int?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let gold = try ClusterGold(path: corpus)
        let read = ArticleReader().read(paths: [corpus], options: ReadOptions())
        for diagnostic in read.diagnostics { StandardError.print(diagnostic.description) }
        guard !read.articles.isEmpty else { throw CommandFailure("\(corpus): no article could be read") }
        var clusterer = StoryClusterer()
        if let joinThreshold { clusterer.settings.joinThreshold = joinThreshold }
        if let mergeThreshold { clusterer.settings.mergeThreshold = mergeThreshold }
        if let boilerplateThreshold { clusterer.settings.boilerplateThreshold = boilerplateThreshold }
        if let windowDays { clusterer.settings.windowDays = windowDays }
        let stream = StoryStream(read.articles)
        let (score, assignments, stories, seconds) = stream.score(gold, with: &clusterer)
        writer.line(
            "articles=\(score.articles) gold_stories=\(score.goldStories) predicted_stories=\(score.predictedStories) "
                + "boilerplate=\(assignments.filter(\.boilerplate).count)")
        writer.line(
            "bcubed_p=\(Self.f(score.bcubedPrecision)) bcubed_r=\(Self.f(score.bcubedRecall)) bcubed_f1=\(Self.f(score.bcubedF1)) "
                + "pairwise_p=\(Self.f(score.pairwisePrecision)) pairwise_r=\(Self.f(score.pairwiseRecall)) "
                + "pairwise_f1=\(Self.f(score.pairwiseF1))")
        if gold.hasFlags {
            // dup_text marks syndicated copies and pay-wall boilerplate: a copy, its original or a
            // boilerplate page counts as found.
            let found = Set(
                assignments.indices.filter { assignments[$0].duplicateOf != nil }.flatMap { index in
                    [assignments[index].article, assignments[index].duplicateOf ?? ""]
                } + assignments.filter(\.boilerplate).map(\.article))
            let right = found.intersection(gold.copies).count
            writer.line(
                "copies: flagged=\(gold.copies.count) found=\(found.count) right=\(right) "
                    + "precision=\(Self.f(Double(right) / Double(max(1, found.count)))) "
                    + "recall=\(Self.f(Double(right) / Double(max(1, gold.copies.count))))")
        }
        let count = Double(stream.articles.count)
        writer.line(
            "speed: analysis \(String(format: "%.1f", stream.analysisSeconds)) s (\(String(format: "%.0f", count / max(1e-9, stream.analysisSeconds))) articles/s), "
                + "clustering \(String(format: "%.3f", seconds)) s (\(String(format: "%.0f", count / max(1e-9, seconds))) articles/s)")
        if let predictions {
            var lines = ""
            for (index, article) in stream.articles.enumerated() {
                guard let story = stories[index] else { continue }
                lines += try JSONOutput.string(["ref": article.id, "story": "s\(story)"], pretty: false) + "\n"
            }
            do {
                try Data(lines.utf8).write(to: URL(fileURLWithPath: predictions), options: .atomic)
            } catch {
                throw CommandFailure("\(predictions): cannot write (\(error.localizedDescription))")
            }
        }
        try writer.commit()
    }

    private static func f(_ value: Double) -> String { String(format: "%.4f", value) }
}
