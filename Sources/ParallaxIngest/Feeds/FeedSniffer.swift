/// Tells feeds from other inputs by their first bytes.
public enum FeedSniffer {
    /// Whether the first element of `bytes`, after an optional byte-order mark, XML declaration,
    /// comments, processing instructions and doctype, is `<rss` or `<feed` (optionally prefixed, as `<atom:feed`).
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        guard let local = MarkupStart(bytes)?.localElement else { return false }
        return local == "rss" || local == "feed"
    }
}
