import ArgumentParser
import ParallaxCore
import ParallaxIngest

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (plain text, .jsonl, .html, RSS/Atom feeds, .gz of these); '-' reads standard input.")
    var inputs: [String] = []

    @Option(help: "Creation date (YYYY-MM-DD) for articles that carry none.")
    var date: String?

    @Flag(help: "Treat each input as body text exactly as given: no header, dateline or title detection.")
    var raw = false

    /// Reads the inputs, printing one line per diagnostic to standard error; fails when nothing could be read.
    func readArticles() throws -> [Article] {
        var parsedDate: CalendarDate?
        if let date {
            guard let value = CalendarDate(iso: date) else {
                throw ValidationError("--date must be a day as YYYY-MM-DD, got '\(date)'")
            }
            parsedDate = value
        }
        guard !inputs.isEmpty else { throw ValidationError("give at least one article file, folder or '-'") }
        var options = ReadOptions()
        options.raw = raw
        options.date = parsedDate
        let result = ArticleReader().read(paths: inputs, options: options)
        for diagnostic in result.diagnostics { StandardError.print(diagnostic.description) }
        guard !result.articles.isEmpty else { throw CommandFailure("no article could be read") }
        return result.articles
    }
}
