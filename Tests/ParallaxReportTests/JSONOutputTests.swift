import Foundation
import ParallaxCore
import ParallaxReport
import Testing

@Suite struct JSONOutputTests {
    let text = "“We will rebuild the bridge,” Mayor Anna Berg said on Tuesday. The repairs cost about €3 million — déjà vu for Lund."

    func articleObject() throws -> [String: Any] {
        let article = Article(id: "x", source: "alpha", published: CalendarDate(iso: "2026-02-11"), text: text)
        let line = try JSONOutput.articleLine(Analyzer().analyze(article))
        #expect(!line.contains("\n"))
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    /// The substring at Unicode-scalar offsets, as Python's `text[start:end]` gives it.
    func slice(_ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }

    @Test func articleDocumentCarriesSchemaAndLayers() throws {
        let object = try articleObject()
        #expect(object["schema"] as? String == "parallax/article@1")
        for key in ["id", "source", "title", "published", "dateline", "text", "sentences", "entities", "clusters", "quotes", "quantities", "times"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["title"] is NSNull)
    }

    @Test func everyOffsetIndexesTheTextByScalars() throws {
        let object = try articleObject()
        for layer in ["entities", "quotes", "quantities", "times"] {
            let items = try #require(object[layer] as? [[String: Any]])
            #expect(!items.isEmpty, "no \(layer)")
            for item in items {
                let start = try #require(item["start"] as? Int)
                let end = try #require(item["end"] as? Int)
                #expect(slice(start, end) == item["text"] as? String)
            }
        }
        let quantities = try #require(object["quantities"] as? [[String: Any]])
        let money = try #require(quantities.first { $0["kind"] as? String == "money" })
        #expect(money["unit"] as? String == "EUR")
        #expect(money["hedge"] as? String == "about")
        #expect((money["low"] as? Double).map { $0 < 3e6 } == true)
    }

    @Test func quotesCarryListenerViaAndParts() throws {
        let string = "Anton Korsakov told Rosa Valdivia that trade would grow, according to aide Pavel Drozdov. "
            + "“The call was warm,” Drozdov said. “It lasted two hours.”"
        let line = try JSONOutput.articleLine(Analyzer().analyze(Article(id: "q", source: "gamma", text: string)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        let told = try #require(quotes.first { ($0["cue"] as? [String: Any])?["text"] as? String == "told" })
        #expect((told["listener"] as? [String: Any])?["text"] as? String == "Rosa Valdivia")
        #expect((told["via"] as? [String: Any])?["text"] as? String == "Pavel Drozdov")
        #expect(told["parts"] == nil)
        let split = try #require(quotes.first { $0["kind"] as? String == "direct" })
        #expect((split["parts"] as? [[String: Int]])?.count == 2)
        #expect(split["via"] is NSNull)
    }

    @Test func unboundedIntervalsAreNullNotInfinity() throws {
        let article = Article(id: "y", source: "beta", text: "Turnout rose by more than 64% in the city.")
        let line = try JSONOutput.articleLine(Analyzer().analyze(article))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let quantity = try #require((object["quantities"] as? [[String: Any]])?.first)
        #expect(quantity["high"] is NSNull)
        #expect(quantity["lowOpen"] as? Bool == true)
    }

    @Test func storyReportRoundTripsWithSchema() throws {
        let a = Article(id: "a", source: "alpha", published: CalendarDate(iso: "2026-02-11"), text: "The talks lasted two hours on Tuesday.")
        let b = Article(id: "b", source: "beta", text: "The talks lasted about two hours on Tuesday, officials said.")
        let report = StoryReconciler().report(for: [a, b])
        let json = try JSONOutput.report(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "parallax/story-report@1")
        let facts = try #require(object["facts"] as? [[String: Any]])
        let values = try #require(facts.first?["values"] as? [[String: Any]])
        #expect(Set(values.compactMap { $0["article"] as? String }) == ["a", "b"])
        #expect(values.allSatisfy { $0["start"] is Int && $0["end"] is Int && $0["value"] is String })
        let decoded = try JSONDecoder().decode(StoryReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(report.articles[1].publishedInferred)
    }
}
