import Foundation
import GRDB
import ParallaxCore

/// The embedded store: one SQLite file (WAL journal, so readers never wait for a running ingest),
/// versioned schema, full-text search with FTS5. Nothing to install or start.
///
/// Opening checks the file before changing anything: a file that is not SQLite, a database of another
/// program, or one written by a newer Parallax is refused with one line and left as it was.
public final class SQLiteStore: CoverageStore {
    /// The database file.
    public let path: String
    /// The connection pool (one writer, concurrent readers).
    let pool: DatabasePool

    public var location: String { path }

    /// The 16 bytes every SQLite database file starts with.
    static let header = Array("SQLite format 3\0".utf8)

    /// Opens the database at `path`; with `create`, a missing file becomes a new empty store (and the
    /// schema is brought up to date), without it a missing file is an error.
    public init(path: String, create: Bool) throws(StoreError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, !create { throw StoreError.notFound(what: "database at \(path) (run parallax ingest first)") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !exists, !FileManager.default.fileExists(atPath: folder) { throw StoreError.noFolder(path: path) }
        if exists {
            try Self.checkHeader(path)
            try Self.checkOwner(path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // NORMAL is durable against a killed process in WAL mode (not against power loss); 64 MB of
            // page cache keeps the unique indexes of a large store in memory while batches go in, and
            // each reader connection (a server holds several) keeps 16 MB.
            let cache = db.configuration.readonly ? 16_384 : 65_536
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -\(cache)")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path)
        }
        try open(create: create)
    }

    /// A file that exists but does not start like an SQLite database is refused before SQLite sees it.
    static func checkHeader(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.readOnly(path: path) }
        defer { try? handle.close() }
        let start = [UInt8]((try? handle.read(upToCount: 16)) ?? Data())
        if start.isEmpty { return }
        guard start == header else { throw StoreError.notADatabase(path: path) }
    }

    /// Refuses a database of another program before anything opens it for writing (opening a pool
    /// switches the file to WAL, which is already a change).
    static func checkOwner(_ path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let foreign = try queue.read { db -> Bool in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                return applicationID != StoreSchema.applicationID && (applicationID != 0 || tables > 0)
            }
            if foreign { throw StoreError.foreignDatabase(path: path) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Checks the owner and the schema version, then migrates — only when a step is missing, so that a
    /// reader opening the database never waits for the write lock a running ingest holds.
    private func open(create: Bool) throws(StoreError) {
        let migrator = StoreSchema.migrator
        try guarded { () throws -> Void in
            let complete = try pool.read { db -> Bool in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                let ours = applicationID == StoreSchema.applicationID
                if !ours, applicationID != 0 || !tables.isEmpty { throw StoreError.foreignDatabase(path: path) }
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(migrator.migrations)
                    let found = try migrator.appliedIdentifiers(db).first { !known.contains($0) } ?? "?"
                    throw StoreError.newerSchema(path: path, found: found)
                }
                return try migrator.hasCompletedMigrations(db)
            }
            if !complete { try migrator.migrate(pool) }
        }
    }

    public func writerLock() throws(StoreError) -> any WriterLock {
        try IngestLock(database: path)
    }

    /// Runs `body`, turning any failure into a `StoreError`.
    func guarded<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The one-line error for a database failure.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return .database(path: path, message: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .readOnly(path: path)
        // A write refused by a full device or the file-size limit surfaces as SQLITE_FULL or as one of
        // the I/O errors (writing the journal, growing the shared-memory file).
        case .SQLITE_FULL, .SQLITE_IOERR: return .diskFull(path: path)
        default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
