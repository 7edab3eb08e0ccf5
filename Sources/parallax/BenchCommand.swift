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

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let articles = try input.readArticles()
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        let words = articles.reduce(0) { count, article in
            count + article.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        }
        let rounds = max(1, repeats)
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

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
