import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ParallaxPostgres
@testable import ParallaxStore

/// The PostgreSQL server the store tests use: `$PARALLAX_TEST_POSTGRES` (a URL of a database on a server
/// where the user may create databases; `.ci/run` starts one), else a throwaway cluster this test process
/// starts with `Scripts/lib/postgres.sh` and stops at exit. Each test gets a database of its own.
enum TestPostgres {
    /// The server's URL, or why there is none.
    static let server: Result<String, TestPostgresUnavailable> = {
        if let url = ProcessInfo.processInfo.environment["PARALLAX_TEST_POSTGRES"], !url.isEmpty { return .success(url) }
        let script = repository.appendingPathComponent("Scripts/lib/postgres.sh").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-test-pg-\(UUID().uuidString)").path
        guard let output = run(script, ["start", folder]), output.hasPrefix("postgres://") else {
            return .failure(TestPostgresUnavailable(reason: "Scripts/lib/postgres.sh could not start a server (is PostgreSQL installed?)"))
        }
        startedFolder = folder
        atexit {
            if let folder = TestPostgres.startedFolder {
                _ = TestPostgres.run(TestPostgres.repository.appendingPathComponent("Scripts/lib/postgres.sh").path, ["stop", folder])
            }
        }
        return .success(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }()

    nonisolated(unsafe) static var startedFolder: String?

    /// Whether a server is there for the tests.
    static var available: Bool {
        if case .success = server { return true }
        return false
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new empty database on the server; its URL.
    static func freshDatabase() throws -> String {
        let base = try server.get()
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        guard run(psql, [base, "-q", "-c", "CREATE DATABASE \(name)"]) != nil else { throw TestPostgresUnavailable(reason: "cannot create a database") }
        var components = try #require(URLComponents(string: base))
        components.path = "/" + name
        return try #require(components.string)
    }

    /// Drops a database made by `freshDatabase` (its connections are closed first).
    static func drop(_ url: String) {
        guard let base = try? server.get(), let name = URLComponents(string: url)?.path.dropFirst() else { return }
        _ = run(psql, [base, "-q", "-c", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"])
    }

    static let psql: String = {
        let installed = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?.sorted().last
        return installed.map { "/usr/lib/postgresql/\($0)/bin/psql" } ?? "/usr/bin/psql"
    }()

    /// Runs a program; its standard output, or nil when it failed. (posix_spawn and waitpid, not
    /// Foundation's Process: this may run while the test process exits, when Process's wait never returns.)
    static func run(_ program: String, _ arguments: [String]) -> String? {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            return nil
        }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(pipe[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        close(pipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // Exited normally with status 0.
        return (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 0 ? String(decoding: output, as: UTF8.self) : nil
    }
}

struct TestPostgresUnavailable: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}

/// Which store a test runs against.
enum StoreKind: String, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    /// SQLite always; PostgreSQL where a server is there (everywhere these tests run in CI).
    static var available: [StoreKind] { TestPostgres.available ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { rawValue }
}

/// A database of one kind for one test: `open()` gives a new handle to it each time (as a second process would).
struct TestDatabase {
    let kind: StoreKind
    /// The file path or the URL.
    let location: String

    func open() throws -> any CoverageStore {
        switch kind {
        case .sqlite: try SQLiteStore(path: location, create: true)
        case .postgres: try PostgresStore(url: location)
        }
    }
}

import Testing

extension StoreFixtures {
    /// Runs `body` with a new empty database of `kind`, removed afterwards.
    static func withDatabase<Result>(_ kind: StoreKind, _ body: (TestDatabase) throws -> Result) throws -> Result {
        switch kind {
        case .sqlite:
            return try withDatabase { path in try body(TestDatabase(kind: .sqlite, location: path)) }
        case .postgres:
            let url = try TestPostgres.freshDatabase()
            defer { TestPostgres.drop(url) }
            return try body(TestDatabase(kind: .postgres, location: url))
        }
    }
}
