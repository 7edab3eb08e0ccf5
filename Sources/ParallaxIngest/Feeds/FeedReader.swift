import ParallaxCore

/// Reads a feed file into articles, one per item.
///
/// Each item becomes an ``Article``: outlet = the feed's title (else the file name), url = the item's
/// link, its title and date, and as text its full content when given (`content:encoded`, Atom
/// `content`), else its summary, HTML reduced to plain paragraphs (see ``FeedText``). An item with no
/// text gets a one-line error and is skipped; the others go through. A truncated or malformed feed
/// gets a one-line error, and the items completed before the break are still read (best effort).
struct FeedReader: Sendable {
    /// How inputs are read (the fallback date).
    var options: ReadOptions

    /// The articles of the feed in `bytes`, read from `origin`.
    func read(_ bytes: [UInt8], origin: String) throws(IngestError) -> IngestResult {
        let feed: Feed
        do {
            feed = try FeedParser().parse(bytes)
        } catch {
            throw .invalidFeed(error)
        }
        var result = IngestResult()
        let outlet = feed.title.flatMap { $0.isEmpty ? nil : $0 } ?? options.source ?? InputName.outlet(forPath: origin)
        for item in feed.items {
            let text = FeedText.text(of: item)
            guard !text.isEmpty else {
                let name = item.title.map { " “\($0)”" } ?? ""
                result.diagnostics.append(
                    IngestDiagnostic(
                        origin: origin, line: item.line, severity: .error,
                        message: "feed item\(name) has no text (no content, summary or description); skipped"))
                continue
            }
            result.articles.append(
                Article(
                    id: ArticleIdentifier.identifier(for: text), source: outlet, url: item.link, title: item.title,
                    published: item.published?.date ?? options.date, text: text, origin: origin))
        }
        if let damage = feed.damage {
            let kept = feed.items.count == 1 ? "1 item" : "\(feed.items.count) items"
            result.diagnostics.append(
                IngestDiagnostic(origin: origin, severity: .error, message: "\(damage.description); kept the \(kept) read before it"))
        } else if feed.items.isEmpty {
            throw .emptyFeed
        }
        return result
    }
}
