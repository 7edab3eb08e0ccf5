import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxStore

/// Polls feeds and turns their new items into articles: a conditional GET of each feed (a 304 costs
/// nothing more), the items not seen before, each item's page fetched and extracted (the feed's own
/// text when the page cannot be had), and a state per feed — validators, where it moved to, what the
/// last poll gave — kept in the store next to the items seen, so that an item is ingested once.
public struct FeedWatcher: Sendable {
    let fetcher: Fetcher
    let store: any CoverageStore
    let reader = WebReader()

    /// A watcher fetching with `fetcher` and keeping state in `store`.
    public init(fetcher: Fetcher, store: any CoverageStore) {
        self.fetcher = fetcher
        self.store = store
    }

    /// One poll of feed `url` (`fetched`: its response when the caller has fetched it already, as
    /// `ingest URL` does to tell a feed from a page): never throws — a failure is the poll's problem
    /// line and counts as an error in the feed's state.
    public func poll(_ url: String, fetched: FetchedResponse? = nil) async -> FeedPoll {
        var state = (try? store.feed(url)) ?? FeedState(url: url)
        state.lastFetch = ISO8601DateFormatter().string(from: Date())
        var poll = FeedPoll(state: state, articles: [], seen: [], problems: [], unchanged: false)
        let response: FetchedResponse
        do throws(FetchError) {
            if let fetched {
                response = fetched
            } else {
                response = try await fetcher.fetch(
                    state.finalURL ?? url, kind: .feed, validators: Validators(etag: state.etag, lastModified: state.lastModified))
            }
        } catch {
            return failed(poll, "\(url): \(error.description)")
        }
        if response.notModified {
            poll.unchanged = true
            poll.state.lastStatus = "304 unchanged"
            return poll
        }
        let feed: Feed
        do {
            try WebReader.checkType(response)
            feed = try FeedParser().parse(response.body)
        } catch let error as FetchError {
            return failed(poll, "\(url): \(error.description)")
        } catch {
            return failed(poll, "\(url): not a feed (\(error))")
        }
        if let damage = feed.damage { poll.problems.append("\(url): \(damage.description); kept the items read before it") }
        poll.state.finalURL = response.url == url ? nil : response.url
        poll.state.title = feed.title
        poll.state.etag = response.etag
        poll.state.lastModified = response.lastModified
        let keyed = feed.items.map { (key: Self.key($0), item: $0) }
        let seen = (try? store.seenItems(feed: url, keyed.map(\.key))) ?? []
        var fresh: [(key: String, item: FeedItem)] = []
        for entry in keyed where !seen.contains(entry.key) && !fresh.contains(where: { $0.key == entry.key }) { fresh.append(entry) }
        for (key, item) in fresh {
            let article = await self.article(of: item, feed: feed, feedURL: response.url, problems: &poll.problems)
            if let article { poll.articles.append(article) }
            poll.seen.append((key, item.link, article?.id))
        }
        poll.state.lastStatus = "\(response.status), \(fresh.count) new"
        return poll
    }

    private func failed(_ poll: FeedPoll, _ line: String) -> FeedPoll {
        var poll = poll
        poll.problems.append(line)
        poll.state.errors += 1
        poll.state.lastStatus = line
        return poll
    }

    /// An item's identity in its feed: its link, else its title and date.
    static func key(_ item: FeedItem) -> String {
        if let link = item.link, !link.isEmpty { return link }
        return "\(item.title ?? "")|\(item.published.map { "\($0)" } ?? "")|\(item.summary?.prefix(200) ?? "")"
    }

    /// The article of one item: its page when it has a link that can be fetched and read, else the
    /// feed's own text for it (with a line saying so), else nothing.
    private func article(of item: FeedItem, feed: Feed, feedURL: String, problems: inout [String]) async -> Article? {
        var options = ReadOptions()
        options.date = item.published?.date
        var trouble: String?
        if let link = item.link, !link.isEmpty {
            do throws(FetchError) {
                let response = try await fetcher.fetch(link, kind: .page)
                let result = try reader.read(response, options: options)
                for diagnostic in result.diagnostics { problems.append("\(link): \(diagnostic.message)") }
                if var article = result.articles.first {
                    if article.title == nil { article.title = item.title }
                    if article.published == nil { article.published = item.published?.date }
                    return article
                }
                if result.diagnostics.contains(where: { $0.message.contains("pay wall") }) { return nil }
                trouble = "\(link): no article on the page"
            } catch {
                trouble = error.description
            }
        }
        let text = FeedText.text(of: item)
        guard !text.isEmpty, !BoilerplateDetector().isBoilerplate(text) else {
            if let trouble { problems.append(trouble) }
            return nil
        }
        if let trouble { problems.append(trouble + "; stored the feed's own text for the item instead") }
        return Article(
            id: ArticleIdentifier.identifier(for: text), source: feed.title ?? WebReader.outlet(feedURL), url: item.link, title: item.title,
            published: item.published?.date, text: text, origin: feedURL)
    }
}
