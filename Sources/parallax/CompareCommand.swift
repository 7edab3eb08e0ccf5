import ArgumentParser
import ParallaxCore
import ParallaxIngest
import ParallaxReport

/// `parallax compare`: treat the files as one story and print its reconciled report.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Treat the articles as one story and report, fact by fact, where the sources agree or differ."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: md, json or html.")
    var format: OutputFormat = .md

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let articles = try input.readArticles()
        let story = StoryAnalyzer().analyze(articles)
        let report = StoryReconciler().reconcile(story.articles, inferredDates: story.inferredDates)
        switch format {
        case .md: writer.write(StoryMarkdownRenderer().render(report))
        case .json: writer.line(try JSONOutput.report(report))
        case .html: writer.write(StoryHTMLRenderer().render(report))
        }
        try writer.commit()
    }
}
