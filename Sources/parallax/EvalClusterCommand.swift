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

    @Option(help: "Write each article's placement (gold story, story joined, the two likeliest candidates with their features) as JSON Lines to this file, to read where the clustering goes wrong.")
    var trace: String?

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
        // The candidates are kept only for a trace.
        var considered: [[StoryCandidate]] = []
        let observe: (([StoryCandidate]) -> Void)? = trace == nil ? nil : { considered.append($0) }
        let (score, assignments, stories, seconds) = stream.score(gold, with: &clusterer, observe: observe)
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
            try SideFile.write(Data(lines.utf8), to: predictions)
        }
        if let trace {
            try Self.writeTrace(to: trace, stream: stream, gold: gold, assignments: assignments, considered: considered)
        }
        try writer.commit()
    }

    /// One JSON line per article that reached the story model: its gold story, the story it joined (or
    /// opened), and the two likeliest candidates with their features by name, each with the gold story of
    /// the candidate's first article.
    private static func writeTrace(
        to path: String, stream: StoryStream, gold: ClusterGold, assignments: [StoryAssignment],
        considered: [[StoryCandidate]]
    ) throws {
        let goldOf = Dictionary(gold.stories.map { ($0.article, $0.story) }, uniquingKeysWith: { first, _ in first })
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        var goldOfStory: [Int: String] = [:]
        var lines = Data()
        var next = 0
        for (index, assignment) in assignments.enumerated() {
            let article = stream.articles[index].id
            let goldStory = goldOf[article] ?? ""
            if let story = assignment.story, goldOfStory[story] == nil { goldOfStory[story] = goldStory }
            guard assignment.duplicateOf == nil, !assignment.boilerplate, next < considered.count else { continue }
            let candidates: [[String: Any]] = considered[next].prefix(2).map { candidate in
                var features: [String: Double] = [:]
                for (name, value) in zip(StoryMatchFeatures.names, candidate.features) where value != 0 && name != "bias" {
                    features[name] = rounded(value)
                }
                return [
                    "story": candidate.story, "gold": goldOfStory[candidate.story] ?? "", "p": rounded(candidate.probability),
                    "features": features,
                ]
            }
            next += 1
            let line: [String: Any] = [
                "ref": article, "gold": goldStory, "story": assignment.story ?? -1, "merged": assignment.merged,
                "candidates": candidates,
            ]
            lines.append(try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]))
            lines.append(0x0A)
        }
        try SideFile.write(lines, to: path)
    }

    private static func f(_ value: Double) -> String { String(format: "%.4f", value) }
}
