import Foundation
import Testing

@Suite("ingest --queue and worker: what a user gets wrong is one line")
struct WorkerCommandTests {
    @Test("the queue and the workers need a PostgreSQL database: a file is refused with one line", arguments: [
        ["ingest", "--queue"], ["worker", "--until-idle"],
    ])
    func needsPostgres(_ command: [String]) throws {
        try TemporaryFolder.with { folder in
            let db = folder.appendingPathComponent("p.sqlite").path
            let inputs = command[0] == "ingest" ? [ParallaxProcess.examples.path] : []
            let result = try ParallaxProcess.run(command + ["--db", db] + inputs)
            #expect(result.status == 1)
            #expect(result.errorLines.count == 1)
            #expect(result.standardError.contains("needs a PostgreSQL database"))
            #expect(!FileManager.default.fileExists(atPath: db))
        }
    }

    @Test("a PostgreSQL server that is not there, or a URL without a host, is one line on every store command", arguments: [
        ["stories"], ["search", "ferry"], ["worker", "--until-idle"], ["ingest", "--queue"],
    ])
    func unreachable(_ command: [String]) throws {
        for url in ["postgres://nobody@127.0.0.1:1/none", "postgresql://"] {
            let inputs = command[0] == "ingest" ? [ParallaxProcess.examples.path] : []
            let result = try ParallaxProcess.run(command + ["--db", url] + inputs)
            #expect(result.status == 1)
            #expect(result.errorLines.count == 1, "\(result.standardError)")
            #expect(result.standardError.contains("cannot reach the database server"))
        }
    }

    @Test("worker options out of range are usage errors", arguments: [["--batch", "0"], ["--lease", "0"], ["--concurrency", "0"]])
    func options(_ options: [String]) throws {
        let result = try ParallaxProcess.run(["worker", "--db", "postgres://x@127.0.0.1:1/y"] + options)
        #expect(result.status == 64)
    }
}
