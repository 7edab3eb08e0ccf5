import Foundation
import Testing

@Suite("ingest, stories, story, search, article: the store from the command line")
struct StoreCommandsTests {
    static let stream = ParallaxProcess.examples.appendingPathComponent("stream/stream.jsonl").path

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("ingest of the bundled examples: the stream's three stories and the three example stories, the copy once; again: nothing new")
    func examples() throws {
        try TemporaryFolder.with { folder in
            let db = folder.appendingPathComponent("p.sqlite").path
            let first = try ParallaxProcess.run(["ingest", "--db", db, ParallaxProcess.examples.path])
            #expect(first.status == 0)
            #expect(first.standardOutput.contains("15 new, 0 updated, 0 already stored; 1 copy counted once"))
            #expect(first.standardOutput.contains("Stories: 6 new"))
            #expect(first.standardOutput.contains("parallax story"))
            let listing = try Self.json(try ParallaxProcess.run(["stories", "--db", db, "--format", "json"]).standardOutput)
            #expect(listing["schema"] as? String == "parallax/stories@1")
            let stories = try #require(listing["stories"] as? [[String: Any]])
            #expect(stories.count == 6)
            let bridge = try #require(stories.first { ($0["title"] as? String)?.contains("Marrow Bridge") == true })
            let members = try #require(bridge["articles"] as? [[String: Any]])
            #expect(members.map { $0["id"] as? String } == ["lakeside-bridge-1", "lakeside-bridge-2", "lakeside-bridge-3", "bridge-followup"])
            #expect(members[2]["duplicateOf"] as? String == "lakeside-bridge-2")
            #expect(bridge["independent"] as? Int == 3)
            #expect((bridge["sources"] as? [String]) == ["county-herald", "lakeside-courier", "valley-wire"])

            let again = try ParallaxProcess.run(["ingest", "--db", db, ParallaxProcess.examples.path])
            #expect(again.standardOutput.contains("0 new, 0 updated, 15 already stored"))
            let after = try Self.json(try ParallaxProcess.run(["stories", "--db", db, "--format", "json"]).standardOutput)
            #expect(NSDictionary(dictionary: after).isEqual(to: listing))
        }
    }

    @Test("story ID reports from the stored analyses in md, json and html; stories --since filters")
    func story() throws {
        try TemporaryFolder.with { folder in
            let db = folder.appendingPathComponent("p.sqlite").path
            _ = try ParallaxProcess.run(["ingest", "--db", db, Self.stream])
            let listing = try Self.json(try ParallaxProcess.run(["stories", "--db", db, "--format", "json"]).standardOutput)
            let stories = try #require(listing["stories"] as? [[String: Any]])
            let id = try #require(stories.first { ($0["title"] as? String)?.contains("Orchard") == true }?["id"] as? Int)
            let md = try ParallaxProcess.run(["story", "--db", db, String(id)])
            #expect(md.status == 0)
            #expect(md.standardOutput.hasPrefix("# Story report"))
            #expect(md.standardOutput.contains("Tomas Ventor"))
            let json = try Self.json(try ParallaxProcess.run(["story", "--db", db, "--format", "json", String(id)]).standardOutput)
            #expect(json["facts"] != nil)
            let html = try ParallaxProcess.run(["story", "--db", db, "--format", "html", String(id)])
            #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
            let missing = try ParallaxProcess.run(["story", "--db", db, "9999"])
            #expect(missing.status == 1 && missing.errorLines.count == 1)
            let recent = try Self.json(try ParallaxProcess.run(["stories", "--db", db, "--since", "2026-04-05", "--format", "json"]).standardOutput)
            #expect((recent["stories"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test("search finds ranked articles with highlighted snippets; article shows one with its annotations")
    func search() throws {
        try TemporaryFolder.with { folder in
            let db = folder.appendingPathComponent("p.sqlite").path
            _ = try ParallaxProcess.run(["ingest", "--db", db, Self.stream])
            let md = try ParallaxProcess.run(["search", "--db", db, "pickers", "strike"])
            #expect(md.status == 0)
            #expect(md.standardOutput.contains("**pickers**") || md.standardOutput.contains("**Pickers**"))
            let json = try Self.json(try ParallaxProcess.run(["search", "--db", db, "--format", "json", "--source", "farm-ledger", "strike"]).standardOutput)
            #expect(json["schema"] as? String == "parallax/search@1")
            #expect(json["query"] as? String == "strike")
            let results = try #require(json["results"] as? [[String: Any]])
            #expect(results.map { $0["id"] as? String } == ["orchard-strike-2"])
            let byEntity = try Self.json(
                try ParallaxProcess.run(["search", "--db", db, "--format", "json", "--entity", "Alma Quist", "bridge"]).standardOutput)
            #expect((byEntity["results"] as? [[String: Any]])?.count == 4)
            let none = try ParallaxProcess.run(["search", "--db", db])
            #expect(none.status == 64)

            let article = try ParallaxProcess.run(["article", "--db", db, "library-award-1"])
            #expect(article.status == 0)
            #expect(article.standardOutput.contains("Ines Dalgaard"))
            let articleJSON = try Self.json(try ParallaxProcess.run(["article", "--db", db, "--format", "json", "library-award-1"]).standardOutput)
            #expect(articleJSON["schema"] as? String == "parallax/article@2")
            #expect(try ParallaxProcess.run(["article", "--db", db, "nope"]).status == 1)
        }
    }

    @Test("bad inputs go in as far as they can: one line per bad file, the rest stored")
    func badInputs() throws {
        try TemporaryFolder.with { folder in
            let db = folder.appendingPathComponent("p.sqlite").path
            let empty = try TemporaryFolder.write([], to: "empty.txt", in: folder)
            let result = try ParallaxProcess.run(["ingest", "--db", db, Self.stream, empty] + (try CLIFixtures.writeBadInputs(in: folder)))
            #expect(result.status == 0)
            #expect(result.errorLines.filter { $0.contains(folder.lastPathComponent) }.count >= 3)
            #expect(result.standardOutput.contains("The database holds"))
            let found = try Self.json(try ParallaxProcess.run(["search", "--db", db, "--format", "json", "pier"]).standardOutput)
            #expect(((found["results"] as? [[String: Any]]) ?? []).allSatisfy { !(($0["snippet"] as? String) ?? "").contains("alert") })
            let nothing = try ParallaxProcess.run(["ingest", "--db", db, empty])
            #expect(nothing.status == 1)
        }
    }

    @Test("a file that is not a Parallax database is refused with one line and left as it was")
    func foreignFile() throws {
        try TemporaryFolder.with { folder in
            let db = try TemporaryFolder.write(Array("not a database at all, just notes\n".utf8), to: "notes.sqlite", in: folder)
            for arguments in [["ingest", "--db", db, Self.stream], ["stories", "--db", db], ["search", "--db", db, "x"]] {
                let result = try ParallaxProcess.run(arguments)
                #expect(result.status == 1)
                #expect(result.errorLines.filter { !$0.hasPrefix("parallax: ") }.count == 1)
                #expect(result.standardError.contains("not a Parallax database"))
            }
            #expect(try String(contentsOfFile: db, encoding: .utf8) == "not a database at all, just notes\n")
            let missing = try ParallaxProcess.run(["stories", "--db", folder.appendingPathComponent("none.sqlite").path])
            #expect(missing.status == 1 && missing.standardError.contains("run parallax ingest first"))
            let nowhere = try ParallaxProcess.run(["ingest", "--db", folder.appendingPathComponent("no/such/p.sqlite").path, Self.stream])
            #expect(nowhere.status == 1 && nowhere.standardError.contains("the folder does not exist"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
        }
    }

    @Test("a full disk (file-size limit) stops the ingest with one line and keeps what was stored")
    func diskFull() throws {
        try TemporaryFolder.with { folder in
            let db = folder.appendingPathComponent("p.sqlite").path
            let first = try TemporaryFolder.write(
                try String(contentsOfFile: Self.stream, encoding: .utf8).split(separator: "\n").prefix(2).joined(separator: "\n"),
                to: "first.jsonl", in: folder)
            _ = try ParallaxProcess.run(["ingest", "--db", db, first])
            let before = try ParallaxProcess.run(["stories", "--db", db, "--format", "json"]).standardOutput
            let binary = try ParallaxProcess.binary().path
            let limited = Process()
            limited.executableURL = URL(fileURLWithPath: "/bin/sh")
            // ulimit -f counts 512-byte blocks: no file may grow past 8 KB, so the first batch's journal
            // write fails the way a full disk does.
            limited.arguments = ["-c", "ulimit -f 16; exec \"$0\" ingest --quiet --batch 1 --db \"$1\" \"$2\" 2> \"$3\"", binary, db, Self.stream, folder.appendingPathComponent("err").path]
            limited.standardOutput = FileHandle.nullDevice
            try limited.run()
            limited.waitUntilExit()
            let error = try String(contentsOfFile: folder.appendingPathComponent("err").path, encoding: .utf8)
            #expect(limited.terminationStatus == 1)
            #expect(error.contains("disk is full") || error.contains("file-size limit"))
            #expect(error.split(separator: "\n").count == 1)
            let after = try ParallaxProcess.run(["stories", "--db", db, "--format", "json"])
            #expect(after.status == 0)
            let stored = try Self.json(after.standardOutput)
            let count = ((stored["stories"] as? [[String: Any]]) ?? []).reduce(0) { $0 + ((($1["articles"] as? [Any]) ?? []).count) }
            #expect(count >= 2)
            #expect(!before.isEmpty)
        }
    }
}
