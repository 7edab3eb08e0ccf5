import ParallaxStore
import PostgresNIO

/// The store's one writer lock on PostgreSQL: a session advisory lock held on a connection of its own.
/// Dropping the value closes the connection, which releases the lock; so does the server when the
/// holder dies (the connection goes with the process, even after `kill -9`).
public final class PostgresWriterLock: WriterLock {
    /// The advisory lock key ("PRLXWRIT").
    static let key: Int64 = 0x5052_4C58_5752_4954
    private let connection: PostgresConnection

    /// Takes the lock, or fails with `StoreError.busy` when another session holds it.
    init(pool: ConnectionPool) throws(StoreError) {
        let connection = try pool.connect()
        do {
            let rows = try connection.run("SELECT pg_try_advisory_lock(\(Self.key)) AS taken")
            let taken = try rows.first?.makeRandomAccess().value("taken", as: Bool.self) ?? false
            guard taken else { throw StoreError.busy(path: pool.address.description) }
        } catch {
            connection.closeSoon()
            throw PostgresFailure.storeError(error, address: pool.address)
        }
        self.connection = connection
    }

    /// Whether the lock is still held (its connection is open).
    public var isHeld: Bool { !connection.isClosed }

    deinit {
        // Unlocked explicitly first: the server releases a dead session's locks only when its backend
        // has noticed the closed connection, which can be after the next caller asks.
        if !connection.isClosed { _ = try? connection.run("SELECT pg_advisory_unlock(\(Self.key))") }
        connection.closeSoon()
    }
}
