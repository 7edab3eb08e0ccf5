/// Tells feeds from other inputs by their first bytes.
enum FeedSniffer {
    /// How many leading bytes are looked at.
    static let sampleSize = 4096

    /// Whether the first element of `bytes`, after an optional byte-order mark, XML declaration,
    /// comments, processing instructions and doctype, is `<rss` or `<feed` (optionally prefixed, as `<atom:feed`).
    static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        var sample = bytes.prefix(sampleSize)
        if sample.starts(with: [0xEF, 0xBB, 0xBF]) { sample = sample.dropFirst(3) }
        let text = String(decoding: sample, as: UTF8.self)
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            guard rest.hasPrefix("<") else { return false }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                let closer = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let end = rest.range(of: closer) else { return false }
                rest = rest[end.upperBound...]
                continue
            }
            let name = rest.dropFirst().prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" }).lowercased()
            let local = name.split(separator: ":").last.map(String.init) ?? name
            return local == "rss" || local == "feed"
        }
    }
}
