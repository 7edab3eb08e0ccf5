import Foundation
import Testing

@Suite("parallax compare")
struct CompareCommandTests {
    @Test("reports an example story as Markdown and exits 0")
    func markdownReport() throws {
        let result = try ParallaxProcess.run(["compare", "Examples/port-strike"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("# Story report\n"))
        #expect(result.standardOutput.contains("## Facts across sources"))
        #expect(result.standardError.isEmpty)
    }

    @Test("--format json is one JSON object naming its schema")
    func jsonReport() throws {
        let result = try ParallaxProcess.run(["compare", "Examples/port-strike", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "parallax/story-report@1")
        #expect((object?["articles"] as? [Any])?.count == 3)
    }

    @Test("--format html is one page")
    func htmlReport() throws {
        let result = try ParallaxProcess.run(["compare", "Examples/port-strike", "--format", "html"])
        #expect(result.status == 0)
        #expect(result.standardOutput.lowercased().hasPrefix("<!doctype html>"))
    }
}
