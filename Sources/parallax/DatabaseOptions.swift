import ArgumentParser
import Foundation
import ParallaxPostgres
import ParallaxStore

/// The `--db` option of the commands that use the store: an SQLite file, or a PostgreSQL URL.
struct DatabaseOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The database: an SQLite file, or postgres://user@host:port/name for a shared PostgreSQL server (default: $PARALLAX_DB, else parallax.sqlite in the working directory).",
            valueName: "path-or-url"))
    var db: String?

    /// The database chosen (a path or a URL).
    var path: String {
        if let db, !db.isEmpty { return db }
        if let environment = ProcessInfo.processInfo.environment["PARALLAX_DB"], !environment.isEmpty { return environment }
        return "parallax.sqlite"
    }

    /// Whether the database is a PostgreSQL server rather than a file.
    var isServer: Bool { PostgresStore.isURL(path) }

    /// Whether the database exists already (a server is always there; a file may not be).
    var exists: Bool { isServer || FileManager.default.fileExists(atPath: path) }

    /// Opens the store; `create` makes a new one when the file is missing (a server database is brought
    /// up to the current schema either way).
    func open(create: Bool) throws(CommandFailure) -> any CoverageStore {
        do {
            if isServer { return try PostgresStore(url: path) }
            return try SQLiteStore(path: path, create: create)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Opens a PostgreSQL store, or says that the command needs one.
    func openServer(for command: String) throws(CommandFailure) -> PostgresStore {
        guard isServer else { throw CommandFailure("\(command) needs a PostgreSQL database: --db postgres://user@host:port/name") }
        do {
            return try PostgresStore(url: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
