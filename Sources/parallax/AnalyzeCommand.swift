import ArgumentParser
import ParallaxCore
import ParallaxIngest
import ParallaxReport

/// `parallax analyze`: per-article entities, quotes, figures and dates.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze each article: sentences, entities, quotes, quantities, dates and statements (JSON: one object per line)."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: json (parallax/article@2, one object per line) or md.")
    var format: OutputFormat = .json

    @Flag(help: "Include the token layer (span, text, kind, part of speech) in the JSON output.")
    var tokens = false

    @OptionGroup var output: OutputOptions

    /// Articles analyzed at once: enough to keep every core busy (and few windows, since each ends
    /// waiting for its slowest article), few enough that memory stays flat — at most this many, and
    /// at most `windowBytes` of text.
    static let window = 256
    /// The most text (UTF-8 bytes) one window analyzes at once.
    static let windowBytes = 12 << 20

    func validate() throws {
        if format == .html { throw ValidationError("analyze writes json or md") }
    }

    func run() throws {
        let writer = try output.writer()
        let analyzer = Analyzer()
        let articles = try input.readArticles()
        // Articles are analyzed and rendered on every core, a window at a time, and written in input order.
        var start = 0
        while start < articles.count {
            var end = start
            var bytes = 0
            while end < articles.count, end - start < Self.window, end == start || bytes + articles[end].text.utf8.count <= Self.windowBytes {
                bytes += articles[end].text.utf8.count
                end += 1
            }
            for line in try lines(Array(articles[start..<end]), analyzer: analyzer) { writer.line(line) }
            start = end
        }
        try writer.commit()
    }

    /// The output lines of `articles`, in order, each analyzed and rendered on whichever core is free.
    func lines(_ articles: [Article], analyzer: Analyzer) throws -> [String] {
        let (format, tokens) = (self.format, self.tokens)
        return try concurrentMap(articles.count) { index in
            let analyzed = analyzer.analyze(articles[index])
            return Result { () throws -> String in
                switch format {
                case .json, .html: try JSONOutput.articleLine(analyzed, tokens: tokens)
                case .md: ArticleMarkdownRenderer().render(analyzed)
                }
            }
        }.map { try $0.get() }
    }
}
