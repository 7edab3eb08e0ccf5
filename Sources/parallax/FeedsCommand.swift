import ArgumentParser
import ParallaxStore

/// `parallax feeds`: the watched feeds with their last fetch.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds", abstract: "List the watched feeds: last fetch, how it went, items seen, errors.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.open(create: false)
        let feeds = try CommandFailure.store { () throws(StoreError) in try store.feeds() }
        guard !feeds.isEmpty else {
            print("No feeds yet: `parallax watch FEED_URL…` adds them.")
            return
        }
        print("| feed | last fetch | status | items | errors |")
        print("|---|---|---|---:|---:|")
        for feed in feeds {
            let moved = feed.finalURL.map { " (now \($0))" } ?? ""
            print("| \(feed.title.map { "\($0) — " } ?? "")\(feed.url)\(moved) | \(feed.lastFetch ?? "never") | \(feed.lastStatus ?? "") | \(feed.items) | \(feed.errors) |")
        }
    }
}
