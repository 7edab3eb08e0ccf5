import ArgumentParser
import ParallaxCore
import ParallaxIngest

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Argument(
        help:
            "Article files or folders (plain text, .jsonl, .html, RSS/Atom feeds, .gz of these); '-' reads standard input, its format recognized by content."
    )
    var inputs: [String] = []

    @Option(help: "Creation date (YYYY-MM-DD) for articles that carry none.")
    var date: String?

    @Flag(help: "Treat each input as body text exactly as given: no header, dateline or title detection.")
    var raw = false

    @Flag(
        help:
            "Fail (exit 1) when any input has a problem — unreadable, empty, binary, invalid UTF-8, a bad JSON line or feed item — instead of skipping it."
    )
    var strict = false

    /// Checks the arguments while parsing, so that a mistake is reported with the subcommand's usage.
    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one article file, folder or '-'") }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date must be a day as YYYY-MM-DD, got '\(date)'")
        }
    }

    /// Reads the inputs, printing one line per diagnostic to standard error; fails when nothing could
    /// be read, and with `--strict` when anything was skipped or repaired.
    func readArticles() throws(CommandFailure) -> [Article] {
        var options = ReadOptions()
        options.raw = raw
        options.date = date.flatMap { CalendarDate(iso: $0) }
        let result = ArticleReader().read(paths: inputs, options: options)
        for diagnostic in result.diagnostics { StandardError.print(diagnostic.description) }
        if strict, !result.diagnostics.isEmpty {
            let count = result.diagnostics.count
            throw CommandFailure("--strict: \(count) input problem\(count == 1 ? "" : "s") (listed above)")
        }
        guard !result.articles.isEmpty else { throw CommandFailure("no article could be read") }
        return result.articles
    }
}
