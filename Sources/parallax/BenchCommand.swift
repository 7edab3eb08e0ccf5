import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxIngest

/// `parallax bench`: analysis throughput and time per stage over a folder of articles.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Analyze every article under PATH and print articles/s, words/s, time per stage and peak memory."
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Measure only tokenize + sentences + POS + NER with the statistical taggers.")
    var tagger = false

    @Option(help: "Run the analysis this many times over the articles (the figures are per run).")
    var repeats = 1

    @Option(help: "Measure story clustering instead: a synthetic stream of this many articles made from the input (replicas renamed and shifted in time).")
    var stream: Int?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let articles = try input.readArticles()
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        let words = articles.reduce(0) { count, article in
            count + article.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        }
        let rounds = max(1, repeats)
        if let stream {
            try clusterBench(articles, size: stream, to: writer)
            try writer.commit()
            return
        }
        if tagger {
            try TaggerBench.run(texts: articles.map(\.text), words: words, rounds: rounds, to: writer)
            try writer.commit()
            return
        }
        let analyzer = Analyzer()
        var timings = StageTimings()
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<rounds {
            for article in articles { _ = analyzer.analyze(article, timings: &timings) }
        }
        let elapsed = seconds(clock.now - start) / Double(rounds)
        let megabytes = Double(bytes) / 1_000_000
        writer.line("articles: \(articles.count)  words: \(words)  bytes: \(bytes)  runs: \(rounds)")
        writer.line(String(format: "total: %.3f s   %.1f articles/s   %.0f words/s   %.1f MB/s", elapsed,
            Double(articles.count) / elapsed, Double(words) / elapsed, megabytes / elapsed))
        writer.line("stage          seconds   share    MB/s")
        for stage in AnalysisStage.allCases {
            let spent = (timings.seconds[stage] ?? 0) / Double(rounds)
            let share = timings.total > 0 ? 100 * spent * Double(rounds) / timings.total : 0
            let stageName = stage.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            writer.line(String(format: "%@ %9.4f %6.1f%% %8.1f", stageName, spent, share, spent > 0 ? megabytes / spent : 0))
        }
        writer.line("peak memory: \(PeakMemory.description)")
        try writer.commit()
    }

    /// Clusters a synthetic stream of `size` articles made from `articles` and prints the time.
    private func clusterBench(_ articles: [Article], size: Int, to writer: ReportWriter) throws {
        let profiles = StoryStream(articles).profiles
        var clusterer = StoryClusterer()
        let clock = ContinuousClock()
        var elapsed = 0.0
        var count = 0
        SyntheticStream.forEach(from: profiles, count: size) { profile in
            let start = clock.now
            _ = clusterer.add(profile)
            elapsed += seconds(clock.now - start)
            count += 1
        }
        let open = clusterer.stories.filter { !$0.closed }.count
        writer.line(
            String(format: "stream: %d articles (from %d), %d stories (%d open), clustering %.3f s, %.0f articles/s, %.1f µs/article",
                count, articles.count, clusterer.stories.filter { $0.mergedInto == nil }.count, open, elapsed,
                Double(count) / max(1e-9, elapsed), 1e6 * elapsed / Double(max(1, count))))
        writer.line("peak memory: \(PeakMemory.description)")
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
