import ArgumentParser
import Foundation
import ParallaxStore

/// The `--db PATH` option of the commands that use the store.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The database file (default: $PARALLAX_DB, else parallax.sqlite in the working directory).", valueName: "path"))
    var db: String?

    /// The database path chosen.
    var path: String {
        if let db, !db.isEmpty { return db }
        if let environment = ProcessInfo.processInfo.environment["PARALLAX_DB"], !environment.isEmpty { return environment }
        return "parallax.sqlite"
    }

    /// Opens the store; `create` makes a new one when the file is missing.
    func open(create: Bool) throws(CommandFailure) -> SQLiteStore {
        do {
            return try SQLiteStore(path: path, create: create)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
