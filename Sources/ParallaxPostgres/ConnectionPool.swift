import ParallaxStore
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// A few open connections to one PostgreSQL database, reused call after call, for a store whose calls are
/// synchronous: each call takes an idle connection (or opens one), waits for its answers on the caller's
/// thread, and gives it back. A connection found closed — the server restarted, the network dropped — is
/// thrown away; a call that failed on an old idle connection is tried once more on a new one, so a
/// restarted server costs a caller nothing but the reconnect.
final class ConnectionPool: Sendable {
    let address: PostgresAddress
    private let configuration: PostgresConnection.Configuration
    private let idle = Mutex<[PostgresConnection]>([])
    private let nextID = Atomic<Int>(1)
    /// Idle connections kept open at most (more are closed when given back).
    private let keep: Int
    static let logger: Logger = {
        var logger = Logger(label: "parallax.postgres")
        logger.logLevel = .critical
        return logger
    }()

    init(address: PostgresAddress, keep: Int = 8) throws(StoreError) {
        self.address = address
        configuration = try address.configuration()
        self.keep = keep
    }

    /// A new connection (not from the pool), for callers that hold one for long: the writer lock.
    func connect() throws(StoreError) -> PostgresConnection {
        do {
            let id = nextID.add(1, ordering: .relaxed).oldValue
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: id, logger: Self.logger
            ).wait()
        } catch {
            throw StoreError.unreachable(path: address.description, message: PostgresFailure.message(error))
        }
    }

    /// Runs `body` with a connection; see the type's note for what happens when the connection fails.
    func with<T>(_ body: (PostgresConnection) throws -> T) throws(StoreError) -> T {
        var retried = false
        while true {
            let reused = idle.withLock { $0.popLast() }
            let connection: PostgresConnection
            if let reused { connection = reused } else { connection = try connect() }
            do {
                let value = try body(connection)
                giveBack(connection)
                return value
            } catch {
                if connection.isClosed {
                    // A connection that was idle may have died with a restarted server: try a new one once.
                    if reused != nil, !retried {
                        retried = true
                        continue
                    }
                } else {
                    giveBack(connection)
                }
                throw PostgresFailure.storeError(error, address: address)
            }
        }
    }

    private func giveBack(_ connection: PostgresConnection) {
        guard !connection.isClosed else { return }
        let kept = idle.withLock { connections -> Bool in
            guard connections.count < keep else { return false }
            connections.append(connection)
            return true
        }
        if !kept { connection.closeSoon() }
    }

    /// Closes the idle connections.
    func close() {
        let connections = idle.withLock { connections -> [PostgresConnection] in
            defer { connections = [] }
            return connections
        }
        for connection in connections { connection.closeSoon() }
    }

    deinit {
        for connection in idle.withLock({ $0 }) { connection.closeSoon() }
    }
}
