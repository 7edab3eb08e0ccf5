import Foundation
import GRDB
import Testing
@testable import ParallaxStore

@Suite("Opening a database: foreign, damaged, newer and missing files are refused and left as they were")
struct StoreOpeningTests {
    @Test("a file that is not SQLite is refused and not changed")
    func notSQLite() throws {
        try StoreFixtures.withDatabase { path in
            let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.notADatabase(path: path)) { _ = try SQLiteStore(path: path, create: true) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        }
    }

    @Test("a truncated Parallax database is refused with one line")
    func truncated() throws {
        try StoreFixtures.withDatabase { path in
            let store = try SQLiteStore(path: path, create: true)
            _ = try StoreIngestor(store: store).ingest(StoreFixtures.stream)
            let whole = try Data(contentsOf: URL(fileURLWithPath: path))
            let damaged = path + ".damaged"
            var cut = whole.prefix(whole.count / 3)
            cut.replaceSubrange(100..<min(cut.count, 4096), with: Data(repeating: 0xA5, count: min(cut.count, 4096) - 100))
            try cut.write(to: URL(fileURLWithPath: damaged))
            do {
                let reopened = try SQLiteStore(path: damaged, create: false)
                _ = try reopened.counts()
                Issue.record("a damaged database was read without an error")
            } catch {
                #expect(!String(describing: error).contains("\n"))
            }
        }
    }

    @Test("an SQLite database of another program is refused and not changed")
    func foreign() throws {
        try StoreFixtures.withDatabase { path in
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')") }
            try queue.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(throws: StoreError.foreignDatabase(path: path)) { _ = try SQLiteStore(path: path, create: true) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test("a database written by a newer Parallax is refused")
    func newer() throws {
        try StoreFixtures.withDatabase { path in
            let store = try SQLiteStore(path: path, create: true)
            try store.pool.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
            #expect(throws: StoreError.newerSchema(path: path, found: "v99-from-the-future")) { _ = try SQLiteStore(path: path, create: true) }
        }
    }

    @Test("reading a missing database says to ingest first and creates nothing")
    func missing() throws {
        try StoreFixtures.withDatabase { path in
            #expect(throws: StoreError.self) { _ = try SQLiteStore(path: path, create: false) }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("an empty file becomes a new store")
    func emptyFile() throws {
        try StoreFixtures.withDatabase { path in
            FileManager.default.createFile(atPath: path, contents: Data())
            let store = try SQLiteStore(path: path, create: true)
            #expect(try store.counts().articles == 0)
        }
    }
}
