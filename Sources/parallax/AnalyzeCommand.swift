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

    func validate() throws {
        if format == .html { throw ValidationError("analyze writes json or md") }
    }

    func run() throws {
        let writer = try output.writer()
        let analyzer = Analyzer()
        for article in try input.readArticles() {
            let analyzed = analyzer.analyze(article)
            switch format {
            case .json, .html: writer.line(try JSONOutput.articleLine(analyzed, tokens: tokens))
            case .md: writer.line(ArticleMarkdownRenderer().render(analyzed))
            }
        }
        try writer.commit()
    }
}
