import Dispatch
import ParallaxStore
import PostgresNIO

extension PostgresConnection {
    /// Seconds a statement may go without an answer before its connection is given up: after a server
    /// restart a connection can be left waiting for an answer that never comes (no error, no reply —
    /// seen in the fault test), and a worker must not wait for it forever. Every statement of the store
    /// is short (long reads go in pages), so 30 s is far beyond a slow answer.
    static let answerTimeout = 30.0

    /// Runs `query` and waits for all its rows (the store's calls are synchronous; they never run on an
    /// event loop). No answer within `answerTimeout` closes the connection and fails the call.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        let future = self.query(query, logger: ConnectionPool.logger)
        let answered = DispatchSemaphore(value: 0)
        future.whenComplete { _ in answered.signal() }
        if answered.wait(timeout: .now() + Self.answerTimeout) == .timedOut {
            closeSoon()
            throw PostgresTimeout(seconds: Self.answerTimeout)
        }
        return try future.wait().rows
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

/// A statement that got no answer in time (its connection is closed).
struct PostgresTimeout: Error, CustomStringConvertible {
    var seconds: Double
    var description: String { "no answer from the server in \(Int(seconds)) s" }
}
