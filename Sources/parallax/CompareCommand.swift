import ArgumentParser
import ParallaxCore
import ParallaxIngest
import ParallaxReport

/// `parallax compare`: reconcile the articles of one story and print the report — or, when the
/// articles report several stories, say so and report each story on its own.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Report, fact by fact, where the sources of a story agree or differ (several stories: one report each)."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: md, json (several stories: one report per line) or html.")
    var format: OutputFormat = .md

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let articles = try input.readArticles()
        let storyAnalyzer = StoryAnalyzer()
        let analyzed = articles.map { storyAnalyzer.analyzer.analyze($0) }
        var (stories, boilerplate) = analyzed.count > 1 ? StoryGrouper().group(analyzed) : ([StoryGrouper.Group(members: [0])], [])
        if stories.isEmpty {
            // Nothing but boilerplate: report the pages as they are rather than nothing.
            stories = [StoryGrouper.Group(members: Array(analyzed.indices))]
            boilerplate = []
        }
        for index in boilerplate {
            StandardError.print("parallax: \(articles[index].origin ?? articles[index].id): a boilerplate page (sign-in, pay wall, notice), left out")
        }
        if stories.count > 1 {
            StandardError.print(
                "parallax: the \(analyzed.count - boilerplate.count) articles report \(stories.count) different stories; one report per story, largest first")
        }
        var pages: [StoryReport] = []
        for (number, story) in stories.enumerated() {
            let dated = storyAnalyzer.dating(story.members.map { analyzed[$0] })
            let report = StoryReconciler().reconcile(dated.articles, inferredDates: dated.inferredDates)
            switch format {
            case .md: writer.write((number > 0 ? "\n---\n\n" : "") + StoryMarkdownRenderer().render(report))
            case .json: writer.line(try JSONOutput.report(report, pretty: stories.count == 1))
            case .html: pages.append(report)
            }
        }
        if format == .html { writer.write(StoryHTMLRenderer().render(pages)) }
        try writer.commit()
    }
}
