import ArgumentParser
import ParallaxCore
import ParallaxReport
import ParallaxStore

/// `parallax search`: ranked full-text search over the stored articles and their stories.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the stored articles (title, text, entity names): every word and \"phrase\" must occur; best first, with snippets.")

    /// Output formats of `search`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json
    }

    @Argument(help: "Words and \"quoted phrases\" to find.")
    var query: [String] = []

    @Option(help: "Only articles naming this entity (a name or part of one).")
    var entity: String?

    @Option(help: "Only articles of this outlet.")
    var source: String?

    @Option(help: "Only articles published on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only articles published on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(help: "At most this many articles.")
    var limit = 20

    @Option(help: ArgumentHelp("Time the queries in this file (one per line) instead: print each one's latency and the p50, p95 and slowest.", valueName: "file"))
    var queries: String?

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: md or json (parallax/search@1).")
    var format: Format = .md

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if query.isEmpty, entity == nil, queries == nil { throw ValidationError("give words to search for, or --entity NAME") }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, CalendarDate(iso: value) == nil { throw ValidationError("\(name) must be a day as YYYY-MM-DD, got '\(value)'") }
        }
        guard (1...1_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
        guard query.joined(separator: " ").utf8.count <= 4_096 else { throw ValidationError("the query is longer than 4096 bytes") }
    }

    func run() throws {
        let writer = try output.writer()
        let store = try database.open(create: false)
        let request = SearchQuery(
            text: query.joined(separator: " "), entity: entity, source: source, since: since.flatMap { CalendarDate(iso: $0) },
            until: until.flatMap { CalendarDate(iso: $0) }, limit: limit)
        if let queries {
            try time(queries, like: request, in: store, to: writer)
            return
        }
        let results = try CommandFailure.store { () throws(StoreError) in try store.search(request) }
        switch format {
        case .json: writer.write(try JSONOutput.string(results, pretty: true) + "\n")
        case .md: writer.write(Self.markdown(results))
        }
        try writer.commit()
    }

    /// Runs every query of `file` (one per line, with the command's filters) and prints the latencies.
    private func time(_ file: String, like request: SearchQuery, in store: any CoverageStore, to writer: ReportWriter) throws {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw CommandFailure("\(file): cannot read the queries") }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        guard !lines.isEmpty else { throw CommandFailure("\(file): no query in it") }
        let clock = ContinuousClock()
        var latencies: [Double] = []
        for line in lines {
            var query = request
            query.text = line
            let start = clock.now
            let found = (try? store.search(query))?.results.count ?? 0
            let elapsed = clock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15
            latencies.append(milliseconds)
            writer.line(String(format: "%8.2f ms  %4d results  %@", milliseconds, found, line))
        }
        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
        writer.line(
            String(format: "%d queries: p50 %.2f ms, p95 %.2f ms, slowest %.2f ms", sorted.count, percentile(0.5), percentile(0.95), sorted.last ?? 0))
        try writer.commit()
    }

    /// The results as Markdown, matched words in bold.
    static func markdown(_ results: SearchResults) -> String {
        var lines = ["# Search: \(results.query)", ""]
        guard !results.results.isEmpty else { return (lines + ["Nothing found."]).joined(separator: "\n") + "\n" }
        lines.append(
            "\(Counted.text(results.results.count, "article")) in \(Counted.text(results.stories.count, "story", "stories")), best first.")
        if !results.stories.isEmpty {
            lines += ["", "| story | articles found | title |", "|---|---|---|"]
            for story in results.stories {
                lines.append("| \(story.id) | \(story.hits) | \(MarkdownText.cell(MarkdownText.clip(story.title, 100))) |")
            }
        }
        lines.append("")
        for (rank, hit) in results.results.enumerated() {
            let meta = [hit.source, hit.published?.description, hit.story.map { "story \($0)" }, "article \(hit.id)"].compactMap { $0 }
            lines.append("\(rank + 1). **\(MarkdownText.cell(hit.title ?? "(no title)"))** — \(meta.joined(separator: " · "))")
            lines.append("   > " + bold(hit.snippet, hit.highlights).replacingOccurrences(of: "\n", with: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with the highlighted ranges in Markdown bold.
    static func bold(_ text: String, _ highlights: [[Int]]) -> String {
        var scalars = Array(text.unicodeScalars)
        for range in highlights.reversed() where range.count == 2 && range[0] >= 0 && range[0] + range[1] <= scalars.count {
            scalars.insert(contentsOf: "**".unicodeScalars, at: range[0] + range[1])
            scalars.insert(contentsOf: "**".unicodeScalars, at: range[0])
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
