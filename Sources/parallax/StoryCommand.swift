import ArgumentParser
import ParallaxCore
import ParallaxReport
import ParallaxStore

/// `parallax story ID`: one stored story's report, from the stored analyses.
struct StoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story", abstract: "Report one stored story fact by fact (built from the stored analyses, cached until the story changes).")

    @Argument(help: "The story id (from `parallax stories` or `parallax ingest`).")
    var id: Int

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: md, json or html.")
    var format: OutputFormat = .md

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let store = try database.open(create: false)
        let (story, report, _) = try CommandFailure.store { () throws(StoreError) in try StoryReportCache(store: store).report(story: id) }
        if story.id != id { StandardError.print("parallax: story \(id) was merged into story \(story.id); showing \(story.id)") }
        switch format {
        case .md: writer.write(StoryMarkdownRenderer().render(report))
        case .json: writer.write(try JSONOutput.report(report, pretty: true) + "\n")
        case .html: writer.write(StoryHTMLRenderer().render(report))
        }
        try writer.commit()
    }
}
