import Foundation
import Testing

@Suite("parallax serve: the JSON API, the pages, the security headers and the errors")
struct ServeCommandTests {
    /// A database with the bundled stream and an article whose text is hostile.
    static func withServer(_ body: (RunningServer, URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("p.sqlite").path
        let hostile = #"{"id":"hostile-1","source":"prank-post","date":"2026-04-05","title":"<script>document.title='owned'</script>Pier","text":"The pier <script>alert(1)</script> reopened on Monday, the <a href=\"javascript:alert(2)\">harbour master</a> said. <img src=x onerror=alert(3)> Broken <b markup"}"#
        try Data(hostile.utf8).write(to: folder.appendingPathComponent("hostile.jsonl"))
        let ingest = try ParallaxProcess.run(
            ["ingest", "--db", db, ParallaxProcess.examples.appendingPathComponent("stream").path, folder.appendingPathComponent("hostile.jsonl").path])
        try #require(ingest.status == 0)
        let server = try RunningServer(database: db, in: folder)
        try await body(server, folder)
    }

    @Test("the API answers the CLI's documents: stories@1 paged, a report, an article, search@1, the OpenAPI document")
    func api() async throws {
        try await Self.withServer { server, _ in
            let stories = try await server.request("/api/stories?limit=2")
            #expect(stories.status == 200)
            #expect(stories.headers["content-type"]?.hasPrefix("application/json") == true)
            let listing = try #require(stories.json)
            #expect(listing["schema"] as? String == "parallax/stories@1")
            let page = try #require(listing["stories"] as? [[String: Any]])
            #expect(page.count == 2)
            let next = try #require(try await server.request("/api/stories?limit=2&offset=2").json?["stories"] as? [[String: Any]])
            #expect(Set(next.compactMap { $0["id"] as? Int }).isDisjoint(with: page.compactMap { $0["id"] as? Int }))
            let byOutlet = try #require(try await server.request("/api/stories?source=FARM-LEDGER").json?["stories"] as? [[String: Any]])
            #expect(byOutlet.count == 1)

            let bridge = try #require(
                try await server.request("/api/search?q=bridge").json?["stories"] as? [[String: Any]]).first?["id"] as? Int
            let report = try await server.request("/api/stories/\(try #require(bridge))")
            #expect(report.status == 200 && report.json?["facts"] != nil)
            let article = try await server.request("/api/articles/lakeside-bridge-1")
            #expect(article.json?["schema"] as? String == "parallax/article@2")
            let search = try #require(try await server.request("/api/search?q=pickers&source=farm-ledger").json)
            #expect(search["schema"] as? String == "parallax/search@1")
            #expect((search["results"] as? [[String: Any]])?.map { $0["id"] as? String } == ["orchard-strike-2"])
            let openapi = try #require(try await server.request("/openapi.json").json)
            #expect(openapi["openapi"] as? String == "3.1.0")
            #expect(Set(((openapi["paths"] as? [String: Any]) ?? [:]).keys) == ["/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/search", "/api/articles"])
        }
    }

    @Test("errors are problem details without internals; bad, oversized and malformed requests get 4xx")
    func errors() async throws {
        try await Self.withServer { server, _ in
            for (path, status) in [
                ("/api/stories/999999", 404), ("/api/stories/abc", 404), ("/api/articles/none", 404), ("/api/search", 400),
                ("/api/search?q=", 400), ("/api/stories?limit=0", 400), ("/api/stories?limit=", 400), ("/api/stories?since=yesterday", 400),
                ("/api/stories?since=", 400),
                ("/api/search?q=" + String(repeating: "a", count: 5_000), 414), ("/no/such/page", 404),
            ] {
                let reply = try await server.request(path)
                #expect(reply.status == status, "\(path)")
                if path.hasPrefix("/api") {
                    #expect(reply.headers["content-type"] == "application/problem+json", "\(path)")
                    #expect(reply.json?["status"] as? Int == status)
                    #expect(!reply.body.contains("sqlite") && !reply.body.contains("/tmp"))
                }
            }
            let nothing = try #require(try await server.request("/api/search?q=%22%22").json)
            #expect((nothing["results"] as? [Any])?.isEmpty == true)
            let deletion = try await server.request("/api/articles", method: "DELETE")
            #expect(deletion.status == 405 && deletion.headers["allow"] == "POST")
            let huge = try await server.request("/api/articles", method: "POST", body: Data(repeating: 0x61, count: 9 << 20))
            #expect(huge.status == 413)
            let binary = try await server.request("/api/articles", method: "POST", body: Data([0x00, 0xFF, 0xFE, 0x00, 0x01]))
            #expect(binary.status == 422)
            let empty = try await server.request("/api/articles", method: "POST", body: Data())
            #expect(empty.status == 400)
            #expect(try await server.request("/api/stories").status == 200)
        }
    }

    @Test("POST /api/articles ingests: new articles 201 and a story, the same again 200 and nothing new")
    func post() async throws {
        try await Self.withServer { server, _ in
            let line = #"{"id":"posted-1","source":"harbour-post","date":"2026-05-02","title":"Kestrel ferry returns to service","text":"PORT ANSELM — The Kestrel ferry returned to service on Saturday after repairs to its engine room, the harbour authority said."}"#
            let first = try await server.request("/api/articles", method: "POST", body: Data(line.utf8), headers: ["Content-Type": "application/x-ndjson"])
            #expect(first.status == 201)
            #expect(first.json?["added"] as? Int == 1)
            #expect((first.json?["newStories"] as? [Int])?.count == 1)
            let again = try await server.request("/api/articles", method: "POST", body: Data(line.utf8))
            #expect(again.status == 200 && again.json?["unchanged"] as? Int == 1)
            #expect(try await server.request("/api/articles/posted-1").status == 200)
        }
    }

    @Test("pages: the list, a story, an article and search render, with the security headers; hostile text is inert")
    func pages() async throws {
        try await Self.withServer { server, _ in
            let list = try await server.request("/")
            #expect(list.status == 200 && list.body.contains("<table class=\"stories\">"))
            #expect(list.headers["content-security-policy"]?.contains("default-src 'none'") == true)
            #expect(list.headers["x-content-type-options"] == "nosniff" && list.headers["x-frame-options"] == "DENY")
            let story = try await server.request("/stories/0")
            for id in ["sources", "summary", "claims", "quotes", "timeline"] { #expect(story.body.contains("<section id=\"\(id)\"")) }
            let article = try await server.request("/articles/lakeside-bridge-1")
            #expect(article.body.contains("<mark class=\"PERSON\""))
            // Marks link to their fact, quotations to their statement, in the article's story page.
            let storyLink = try #require(article.body.components(separatedBy: "<a href=\"/stories/").dropFirst().first?.prefix { $0.isNumber })
            #expect(article.body.contains("<a class=\"fact-link\" href=\"/stories/\(storyLink)#f"))
            #expect(article.body.contains("<a class=\"ref\" href=\"/stories/\(storyLink)#q"))
            // A number inside a quotation keeps its own mark.
            #expect(article.body.contains("<mark class=\"quote\" title=\"quotation\">"))
            let linkedStory = try await server.request("/stories/\(storyLink)")
            let target = try #require(article.body.components(separatedBy: "href=\"/stories/\(storyLink)#").dropFirst().first?.prefix { $0 != "\"" })
            #expect(linkedStory.body.contains("id=\"\(target)\""))
            // And the story page links each span back to its words in the article.
            #expect(linkedStory.body.contains("<a href=\"/articles/lakeside-bridge-1#:~:text="))
            #expect(linkedStory.body.contains("Articles: <a href=\"/articles/"))
            #expect(linkedStory.body.contains("<a class=\"skip\" href=\"#main\">") && linkedStory.body.contains("<script src=\"/assets/parallax.js\" defer>"))
            #expect(try await server.request("/assets/parallax.js").headers["content-type"]?.hasPrefix("text/javascript") == true)
            let search = try await server.request("/search?q=bridge")
            #expect(search.body.contains("<mark>"))
            #expect(try await server.request("/assets/parallax.css").headers["content-type"]?.hasPrefix("text/css") == true)

            let hostile = try await server.request("/articles/hostile-1")
            #expect(hostile.status == 200)
            #expect(!hostile.body.contains("<script>") && !hostile.body.contains("<img") && !hostile.body.contains("href=\"javascript"))
            #expect(hostile.body.contains("&lt;script&gt;"))
            let listed = try await server.request("/search?q=pier")
            #expect(!listed.body.contains("<script>"))
            #expect(!(try await server.request("/")).body.contains("<script>document"))
        }
    }
}
