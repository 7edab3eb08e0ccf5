import Foundation
import ParallaxCore
import ParallaxStore
import PostgresNIO

/// The server store: one PostgreSQL database that any number of Parallax processes on any number of
/// machines share — `ingest`, `serve`, `watch` and the `worker`s of the queue. The same `CoverageStore` as
/// the embedded SQLite file, so every command works on either; analyses are JSONB, search is PostgreSQL's
/// own (`tsvector`, GIN, `ts_rank`, `ts_headline`).
///
/// Each call takes a pooled connection and waits for its answer; every write is one transaction.
public final class PostgresStore: CoverageStore {
    /// Where the database is.
    public let address: PostgresAddress
    let pool: ConnectionPool

    public var location: String { address.description }

    /// Whether `text` is a PostgreSQL URL (`postgres://` or `postgresql://`).
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Connects to the database at `url` and brings its schema up to date (see `PostgresSchema`).
    public init(url: String) throws(StoreError) {
        guard let address = PostgresAddress(url: url) else {
            throw StoreError.unreachable(path: url, message: "not a PostgreSQL URL (postgres://user@host:port/name)")
        }
        self.address = address
        pool = try ConnectionPool(address: address)
        try pool.with { connection in try PostgresSchema.migrate(connection, address: address) }
    }

    public func writerLock() throws(StoreError) -> any WriterLock {
        try PostgresWriterLock(pool: pool)
    }

    /// Closes the pooled connections (the store stays usable: a later call opens new ones).
    public func close() {
        pool.close()
    }

    /// The current time as ISO 8601 (UTC, seconds), as the SQLite store writes it.
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
