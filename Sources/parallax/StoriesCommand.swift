import ArgumentParser
import ParallaxCore
import ParallaxReport
import ParallaxStore

/// `parallax stories`: the stored stories, latest first.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "List the stored stories, latest first (md table or parallax/stories@1 JSON).")

    /// Output formats of `stories`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only stories with an article published on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "At most this many stories.")
    var limit: Int?

    @Option(help: "Output format: md or json.")
    var format: Format = .md

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil { throw ValidationError("--since must be a day as YYYY-MM-DD, got '\(since)'") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let writer = try output.writer()
        let store = try database.open(create: false)
        let listing = try CommandFailure.store { () throws(StoreError) in
            try store.listing(since: since.flatMap { CalendarDate(iso: $0) }, limit: limit)
        }
        switch format {
        case .json: writer.write(try JSONOutput.string(listing, pretty: true) + "\n")
        case .md: writer.write(StoryListingRenderer().render(listing))
        }
        try writer.commit()
    }
}
