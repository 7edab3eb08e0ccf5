import Foundation
import Testing

/// `parallax cluster` and `parallax eval cluster` end to end on a written stream.
@Suite("parallax cluster")
struct ClusterCommandTests {
    /// Two fires on one day in two towns, told by two outlets each, and a syndicated copy; gold stories
    /// in "story".
    static let stream = """
        {"id":"mill-1","story":"mill","source":"Dunmore Courier","date":"2031-05-02","title":"Fire guts Larkfield textile mill in Dunmore","text":"A fire tore through the Larkfield textile mill in Dunmore on Friday night, fire chief Orla Brennick said. Forty firefighters fought the blaze at the mill on Quarry Lane for six hours. Nobody was hurt, Brennick said, but the roof of the weaving hall collapsed."}
        {"id":"port-1","story":"port","source":"Kestrel Bay Times","date":"2031-05-02","title":"Two hurt in Kestrel Bay warehouse fire","text":"Two workers were hurt when fire swept through a paint warehouse on Harbour Road in Kestrel Bay on Friday, fire chief Tomas Vell said. Both were taken to St Aldric hospital with burns."}
        {"id":"mill-2","story":"mill","source":"Valley Herald","date":"2031-05-03","title":"Larkfield mill destroyed by overnight blaze","text":"The Larkfield mill on Quarry Lane in Dunmore was destroyed by a blaze overnight. Chief Orla Brennick said forty firefighters spent six hours at the textile mill and that the weaving hall roof fell in."}
        {"id":"port-2","story":"port","source":"Coastline News","date":"2031-05-03","title":"Kestrel Bay paint warehouse burns, two injured","text":"A paint warehouse on Harbour Road in Kestrel Bay burned on Friday and two workers were treated for burns at St Aldric hospital, Chief Tomas Vell said."}
        {"id":"mill-copy","story":"mill","source":"Regional Syndicate","date":"2031-05-03","title":"Textile mill burns","text":"A fire tore through the Larkfield textile mill in Dunmore on Friday night, fire chief Orla Brennick said. Forty firefighters fought the blaze at the mill on Quarry Lane for six hours. Nobody was hurt, Brennick said, but the roof of the weaving hall collapsed."}

        """

    /// The JSON objects of the output lines.
    static func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("one line per article with its ref, story and the original it copies")
    func jsonLines() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(Self.stream, to: "stream.jsonl", in: folder)
            let result = try ParallaxProcess.run(["cluster", path])
            #expect(result.status == 0)
            let lines = try Self.objects(result.standardOutput)
            #expect(lines.map { $0["ref"] as? String } == ["mill-1", "port-1", "mill-2", "port-2", "mill-copy"])
            let story = Dictionary(uniqueKeysWithValues: lines.map { ($0["ref"] as? String ?? "", $0["story"] as? Int ?? -1) })
            #expect(story["mill-1"] == story["mill-2"])
            #expect(story["mill-1"] == story["mill-copy"])
            #expect(story["port-1"] == story["port-2"])
            #expect(story["mill-1"] != story["port-1"])
            #expect(lines.last?["duplicateOf"] as? String == "mill-1")
            #expect(lines.first?["duplicateOf"] is NSNull)
            #expect(lines.allSatisfy { $0["schema"] as? String == "parallax/story-assignment@1" })
        }
    }

    @Test("two separate runs give the same lines (no per-process hash or dictionary order leaks in)")
    func sameAcrossProcesses() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(Self.stream, to: "stream.jsonl", in: folder)
            let first = try ParallaxProcess.run(["cluster", path])
            let second = try ParallaxProcess.run(["cluster", path])
            #expect(first.status == 0)
            #expect(first.standardOutput == second.standardOutput)
        }
    }

    @Test("md lists the stories with sizes, independent articles and headlines")
    func markdown() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(Self.stream, to: "stream.jsonl", in: folder)
            let result = try ParallaxProcess.run(["cluster", "--format", "md", path])
            #expect(result.status == 0)
            #expect(result.standardOutput.hasPrefix("# Stories"))
            #expect(result.standardOutput.contains("| 3 | 2 |"))
            #expect(result.standardOutput.contains("Fire guts Larkfield textile mill in Dunmore"))
        }
    }

    @Test("the bundled examples are three stories, one per folder")
    func examples() throws {
        let folders = ["port-strike", "river-flood", "trade-summit"].map { ParallaxProcess.examples.appendingPathComponent($0).path }
        let result = try ParallaxProcess.run(["cluster", "--format", "json"] + folders)
        #expect(result.status == 0)
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(listing["schema"] as? String == "parallax/stories@1")
        let stories = try #require(listing["stories"] as? [[String: Any]])
        #expect(stories.map { ($0["articles"] as? [[String: Any]])?.count } == [3, 3, 2])
        let first = try #require((stories.first?["articles"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSuperset(of: ["id", "source", "title", "published"]))
        #expect(stories.allSatisfy { $0["id"] is Int && $0["title"] is String && $0["sources"] is [String] })
    }

    @Test("a state file carries the stories over to the next run")
    func stateResumes() throws {
        try TemporaryFolder.with { folder in
            let lines = Self.stream.split(separator: "\n")
            let first = try TemporaryFolder.write(lines.prefix(2).joined(separator: "\n"), to: "first.jsonl", in: folder)
            let second = try TemporaryFolder.write(lines.dropFirst(2).prefix(2).joined(separator: "\n"), to: "second.jsonl", in: folder)
            let state = folder.appendingPathComponent("state.json").path
            let a = try Self.objects(try ParallaxProcess.run(["cluster", "--state", state, first]).standardOutput)
            let b = try Self.objects(try ParallaxProcess.run(["cluster", "--state", state, second]).standardOutput)
            #expect(a.count == 2 && b.count == 2)
            #expect(b[0]["story"] as? Int == a[0]["story"] as? Int)
            #expect(b[1]["story"] as? Int == a[1]["story"] as? Int)
        }
    }

    @Test("a state file that is not one is a one-line error, and the file is left as it was")
    func badState() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(Self.stream, to: "stream.jsonl", in: folder)
            let state = try TemporaryFolder.write([0xFF, 0x00, 0x7B], to: "state.json", in: folder)
            let result = try ParallaxProcess.run(["cluster", "--state", state, path])
            #expect(result.status == 1)
            #expect(result.errorLines.count == 1)
            #expect(result.standardError.contains("not a clustering state file"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: state)) == Data([0xFF, 0x00, 0x7B]))
        }
    }

    @Test("bad inputs: empty, binary, invalid UTF-8, a truncated line, hostile HTML — errors or skips, never a crash")
    func badInputs() throws {
        try TemporaryFolder.with { folder in
            let empty = try TemporaryFolder.write([], to: "empty.txt", in: folder)
            let result = try ParallaxProcess.run(["cluster", empty])
            #expect(result.status == 1)
            #expect(result.standardError.contains("no article could be read"))

            let good = try TemporaryFolder.write(Self.stream, to: "stream.jsonl", in: folder)
            let mixed = try ParallaxProcess.run(["cluster", good] + (try CLIFixtures.writeBadInputs(in: folder)))
            #expect(mixed.status == 0)
            let lines = try Self.objects(mixed.standardOutput)
            #expect(lines.count >= 6)
            #expect(!mixed.standardOutput.contains("alert"))
            #expect(mixed.errorLines.count >= 2)
        }
    }

    @Test("eval cluster scores against the gold story of each line, as cluster_eval.py does")
    func evalCluster() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(Self.stream, to: "stream.jsonl", in: folder)
            let result = try ParallaxProcess.run(["eval", "cluster", path])
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("articles=5 gold_stories=2 predicted_stories=2"))
            #expect(result.standardOutput.contains("bcubed_f1=1.0000"))
            #expect(result.standardOutput.contains("pairwise_f1=1.0000"))
        }
    }

    @Test("eval cluster --trace writes one line per scored article: gold story, story joined, likeliest candidates")
    func evalClusterTrace() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(Self.stream, to: "stream.jsonl", in: folder)
            let trace = folder.appendingPathComponent("trace.jsonl").path
            let result = try ParallaxProcess.run(["eval", "cluster", path, "--trace", trace])
            #expect(result.status == 0)
            let lines = try Self.objects(String(decoding: try Data(contentsOf: URL(fileURLWithPath: trace)), as: UTF8.self))
            // Five articles, one a copy of another: copies never reach the story model.
            #expect(lines.count == 4)
            #expect(lines.allSatisfy { $0["gold"] is String && $0["story"] is Int && $0["candidates"] is [Any] })
            // The first article has no story to join; each later one of its story is scored against it.
            #expect((lines.first?["candidates"] as? [Any])?.isEmpty == true)
            let joined = lines.filter { line in
                guard let top = (line["candidates"] as? [[String: Any]])?.first else { return false }
                return top["story"] as? Int == line["story"] as? Int
            }
            #expect(!joined.isEmpty)
            #expect(joined.allSatisfy { line in
                let top = (line["candidates"] as? [[String: Any]])?.first
                return top?["gold"] as? String == line["gold"] as? String && (top?["features"] as? [String: Any])?["term cosine"] != nil
            })

            let unwritable = try ParallaxProcess.run(["eval", "cluster", path, "--trace", folder.appendingPathComponent("no/such/t.jsonl").path])
            #expect(unwritable.status == 1)
            #expect(unwritable.errorLines.count == 1)
        }
    }

    @Test("compare on articles of two stories says so on stderr and reports each")
    func compareSplits() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(Self.stream, to: "stream.jsonl", in: folder)
            let result = try ParallaxProcess.run(["compare", path])
            #expect(result.status == 0)
            #expect(result.standardError.contains("report 2 different stories"))
            #expect(result.standardOutput.components(separatedBy: "# Story report").count == 3)

            let json = try ParallaxProcess.run(["compare", "--format", "json", path])
            let reports = try Self.objects(json.standardOutput)
            #expect(reports.count == 2)
            #expect(reports.allSatisfy { $0["facts"] != nil })

            let html = try ParallaxProcess.run(["compare", "--format", "html", path])
            #expect(html.standardOutput.components(separatedBy: "<!DOCTYPE html>").count == 2)
            #expect(html.standardOutput.contains(#"id="story1-facts""#))
            #expect(html.standardOutput.contains(#"id="story2-facts""#))
            #expect(!html.standardOutput.contains(#"id="facts""#))
        }
    }
}
