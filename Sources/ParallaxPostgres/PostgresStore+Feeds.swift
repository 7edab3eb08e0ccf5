import Foundation
import ParallaxStore
import PostgresNIO

/// Watched feeds and the items seen in them (`parallax watch`, `parallax feeds`).
extension PostgresStore {
    public func feed(_ url: String) throws(StoreError) -> FeedState? {
        try pool.with { db in try db.run("SELECT * FROM feeds WHERE url = \(url)").first.map { try Self.feedState($0.makeRandomAccess()) } }
    }

    public func feeds() throws(StoreError) -> [FeedState] {
        try pool.with { db in try db.run("SELECT * FROM feeds ORDER BY url").map { try Self.feedState($0.makeRandomAccess()) } }
    }

    public func seenItems(feed url: String, _ items: [String]) throws(StoreError) -> Set<String> {
        guard !items.isEmpty else { return [] }
        return try pool.with { db in
            Set(try db.run("SELECT item FROM feed_items WHERE feed = \(url) AND item = ANY(\(items))").map { try $0.makeRandomAccess().value("item", as: String.self) })
        }
    }

    public func saveFeed(_ state: FeedState, seen items: [(key: String, url: String?, article: String?)]) throws(StoreError) {
        let now = Self.timestamp()
        try pool.with { connection in
            try connection.transaction { db in
                for item in items {
                    try db.run(
                        """
                        INSERT INTO feed_items (feed, item, url, article, seen) VALUES (\(state.url), \(Self.clean(item.key)), \(item.url), \(item.article), \(now))
                        ON CONFLICT DO NOTHING
                        """)
                }
                let count = try db.run("SELECT count(*)::int8 AS n FROM feed_items WHERE feed = \(state.url)").first?.makeRandomAccess().value("n", as: Int.self) ?? 0
                try db.run(
                    """
                    INSERT INTO feeds (url, final_url, title, etag, last_modified, last_fetch, last_status, items, errors)
                    VALUES (\(state.url), \(state.finalURL), \(state.title.map(Self.clean)), \(state.etag), \(state.lastModified), \(state.lastFetch ?? now),
                        \(state.lastStatus.map(Self.clean)), \(count), \(state.errors))
                    ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, title = excluded.title, etag = excluded.etag,
                        last_modified = excluded.last_modified, last_fetch = excluded.last_fetch, last_status = excluded.last_status,
                        items = excluded.items, errors = excluded.errors
                    """)
            }
        }
    }

    static func feedState(_ row: PostgresRandomAccessRow) throws -> FeedState {
        var state = FeedState(url: try row.value("url"))
        state.finalURL = try row.value("final_url")
        state.title = try row.value("title")
        state.etag = try row.value("etag")
        state.lastModified = try row.value("last_modified")
        state.lastFetch = try row.value("last_fetch")
        state.lastStatus = try row.value("last_status")
        state.items = try row.value("items")
        state.errors = try row.value("errors")
        return state
    }
}
