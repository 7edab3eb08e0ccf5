import ArgumentParser
import ParallaxCore
import ParallaxReport
import ParallaxStore

/// `parallax article ID`: one stored article with its annotations.
struct ArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article", abstract: "Show one stored article with its entities, quotes, figures and dates (md or parallax/article@2 JSON).")

    @Argument(help: "The article id (as analyze gives it), or the file path, URL or JSON Lines id it was read from.")
    var id: String

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: md or json.")
    var format: OutputFormat = .md

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if format == .html { throw ValidationError("article writes md or json") }
    }

    func run() throws {
        let writer = try output.writer()
        let store = try database.open(create: false)
        let (stored, analysis) = try CommandFailure.store { () throws(StoreError) -> (StoredArticle, AnalyzedArticle) in
            var found: StoredArticle?
            for key in [id, "id:" + id, "file:" + id, "url:" + id] where found == nil { found = try store.article(key) }
            guard let stored = found, let analysis = try store.analyses(of: [stored.seq]).first
            else { throw StoreError.notFound(what: "article \(id)") }
            return (stored, analysis)
        }
        switch format {
        case .json, .html: writer.line(try JSONOutput.articleLine(analysis))
        case .md:
            var place = stored.story.map { "Story \($0) (`parallax story \($0)`)" } ?? "In no story"
            if let original = stored.duplicateOf { place += "; a copy of \(original)" }
            if stored.boilerplate { place += "; a boilerplate page" }
            writer.line(place + ". First stored \(stored.firstSeen)" + (stored.updated.map { ", updated \($0)" } ?? "") + ".\n")
            writer.line(ArticleMarkdownRenderer().render(analysis))
        }
        try writer.commit()
    }
}
