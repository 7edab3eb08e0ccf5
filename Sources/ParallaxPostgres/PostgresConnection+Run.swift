import ParallaxStore
import PostgresNIO

extension PostgresConnection {
    /// Runs `query` and waits for all its rows (the store's calls are synchronous; they never run on an
    /// event loop).
    @discardableResult
    func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        try self.query(query, logger: ConnectionPool.logger).wait().rows
    }

    /// Closes the connection and waits until it is closed (postgres-nio requires a connection closed
    /// before it is released); on an event loop it only starts closing.
    func closeSoon() {
        guard !isClosed else { return }
        let closing: EventLoopFuture<Void> = close()
        if !eventLoop.inEventLoop { try? closing.wait() }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws (or by the
    /// server, when the connection dies half-way).
    func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try run("BEGIN")
        do {
            let value = try body(self)
            try run("COMMIT")
            return value
        } catch {
            if !isClosed { _ = try? run("ROLLBACK") }
            throw error
        }
    }
}

extension PostgresRandomAccessRow {
    /// The value of column `name`.
    func value<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try self[name].decode(T.self)
    }
}
