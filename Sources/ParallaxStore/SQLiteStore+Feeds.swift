import Foundation
import GRDB

/// Watched feeds and the items seen in them (`parallax watch`, `parallax feeds`).
extension SQLiteStore {
    public func feed(_ url: String) throws(StoreError) -> FeedState? {
        try guarded {
            try pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM feeds WHERE url = ?", arguments: [url]).map(Self.feedState) }
        }
    }

    public func feeds() throws(StoreError) -> [FeedState] {
        try guarded {
            try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM feeds ORDER BY url").map(Self.feedState) }
        }
    }

    public func seenItems(feed url: String, _ items: [String]) throws(StoreError) -> Set<String> {
        try guarded {
            try pool.read { db in
                var seen: Set<String> = []
                for chunk in stride(from: 0, to: items.count, by: 500) {
                    let part = Array(items[chunk..<min(items.count, chunk + 500)])
                    let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                    let rows = try String.fetchAll(
                        db, sql: "SELECT item FROM feed_items WHERE feed = ? AND item IN (\(marks))", arguments: StatementArguments([url] + part))
                    seen.formUnion(rows)
                }
                return seen
            }
        }
    }

    public func saveFeed(_ state: FeedState, seen items: [(key: String, url: String?, article: String?)]) throws(StoreError) {
        let now = ISO8601DateFormatter().string(from: Date())
        try guarded {
            try pool.write { db in
                for item in items {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO feed_items (feed, item, url, article, seen) VALUES (?, ?, ?, ?, ?)",
                        arguments: [state.url, item.key, item.url, item.article, now])
                }
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM feed_items WHERE feed = ?", arguments: [state.url]) ?? 0
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO feeds (url, final_url, title, etag, last_modified, last_fetch, last_status, items, errors)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [state.url, state.finalURL, state.title, state.etag, state.lastModified, state.lastFetch ?? now, state.lastStatus, count, state.errors])
            }
        }
    }

    static func feedState(_ row: Row) -> FeedState {
        var state = FeedState(url: row["url"])
        state.finalURL = row["final_url"]
        state.title = row["title"]
        state.etag = row["etag"]
        state.lastModified = row["last_modified"]
        state.lastFetch = row["last_fetch"]
        state.lastStatus = row["last_status"]
        state.items = row["items"]
        state.errors = row["errors"]
        return state
    }
}
