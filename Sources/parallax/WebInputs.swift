import Foundation
import ParallaxCore
import ParallaxFetch
import ParallaxIngest
import ParallaxStore

/// The http(s) inputs of `ingest`: each fetched once — a page read through the HTML extractor, a feed's
/// new items fetched page by page (the feed, fetched once, is then remembered as `watch` would: its
/// items seen, its validators kept). One line on standard error per problem; the other inputs go on.
struct WebInputs {
    let urls: [String]
    let fetcher: Fetcher

    /// Whether an input names a URL rather than a file.
    static func isURL(_ input: String) -> Bool {
        let lower = input.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The articles of the URLs, and the feed polls to record once they are stored.
    func read(store: any CoverageStore) async -> (articles: [Article], polls: [FeedPoll]) {
        var articles: [Article] = []
        var polls: [FeedPoll] = []
        let watcher = FeedWatcher(fetcher: fetcher, store: store)
        for url in urls {
            let response: FetchedResponse
            do throws(FetchError) {
                response = try await fetcher.fetch(url, kind: .page)
            } catch {
                StandardError.print("\(url): \(error.description)")
                continue
            }
            if FeedSniffer.looksLikeFeed(response.body) {
                let poll = await watcher.poll(url, fetched: response)
                for problem in poll.problems { StandardError.print(problem) }
                articles += poll.articles
                polls.append(poll)
                continue
            }
            do throws(FetchError) {
                let result = try WebReader().read(response)
                for diagnostic in result.diagnostics { StandardError.print(diagnostic.description) }
                articles += result.articles
            } catch {
                StandardError.print("\(url): \(error.description)")
            }
        }
        return (articles, polls)
    }
}
