import Foundation

/// Project-written pages and feeds for the fetch tests: invented towns, people and events.
enum WebFixtures {
    /// An article page of about 200 words about `topic`.
    static func page(_ title: String, topic: String, extra: String = "") -> [UInt8] {
        let sentences = (1...12).map { n in
            "The \(topic) in Port Anselm drew \(n * 40) residents on day \(n), harbour master Edda Voss said, adding that the council would publish a full account of the \(topic) and its costs before the end of the month."
        }
        return Array("""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title)</title>
            <meta property="og:site_name" content="Anselm Courier"></head>
            <body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <article><h1>\(title)</h1>\(sentences.map { "<p>\($0)</p>" }.joined())\(extra)</article>
            <footer>Copyright Anselm Courier</footer></body></html>
            """.utf8)
    }

    /// An RSS feed whose items link to `links` on `base`.
    static func feed(_ base: String, links: [String], title: String = "Anselm Courier") -> [UInt8] {
        let items = links.enumerated().map { index, link in
            "<item><title>Item \(index + 1)</title><link>\(base)\(link)</link><pubDate>Mon, 0\(index % 9 + 1) Jun 2026 08:00:00 GMT</pubDate><description>The feed's own words for item \(index + 1) about the Port Anselm harbour works and the council's plans for the pier.</description></item>"
        }
        return Array("""
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>\(title)</title><link>\(base)/</link>
            \(items.joined(separator: "\n"))</channel></rss>
            """.utf8)
    }

    /// A pay wall: a short page asking to subscribe.
    static let payWall = Array("""
        <!DOCTYPE html><html><head><title>Subscribe</title></head><body><div class="paywall"><h1>Subscribe to continue reading</h1>
        <p>You have reached your limit of free articles. Subscribe now to keep reading.</p><p>Already a subscriber? Sign in.</p></div></body></html>
        """.utf8)
}
