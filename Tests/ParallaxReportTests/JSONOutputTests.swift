import Foundation
import ParallaxCore
import ParallaxReport
import Testing

@Suite struct JSONOutputTests {
    let text = "“We will rebuild the bridge,” Mayor Anna Berg said on Tuesday. The repairs cost about €3 million — déjà vu for Lund."

    func articleObject(tokens: Bool = false) throws -> [String: Any] {
        let article = Article(id: "x", source: "alpha", published: CalendarDate(iso: "2026-02-11"), text: text)
        let line = try JSONOutput.articleLine(Analyzer().analyze(article), tokens: tokens)
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
        #expect(object["schema"] as? String == "parallax/article@2")
        for key in [
            "id", "source", "title", "published", "dateline", "text", "sentences", "entities", "clusters", "quotes", "quantities",
            "times", "statements",
        ] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["title"] is NSNull)
        #expect(object["tokens"] == nil, "tokens are opt-in")
    }

    @Test func tokensCarrySpanTextAndPartOfSpeech() throws {
        let object = try articleObject(tokens: true)
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        #expect(tokens.count > 20)
        for token in tokens {
            let start = try #require(token["start"] as? Int)
            let end = try #require(token["end"] as? Int)
            #expect(slice(start, end) == token["text"] as? String)
        }
        let mayor = try #require(tokens.first { $0["text"] as? String == "Anna" })
        #expect(mayor["pos"] as? String == "NNP")
        #expect(tokens.first { $0["text"] as? String == "€" }?["kind"] as? String == "currency")
    }

    @Test func statementsNameWhoDidWhatWithSpans() throws {
        let string = "Norway and Chile signed a fishing agreement in Oslo on Monday. Chile did not ratify the treaty."
        let article = Article(id: "s", source: "delta", published: CalendarDate(iso: "2026-02-11"), text: string)
        let line = try JSONOutput.articleLine(Analyzer().analyze(article))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let statements = try #require(object["statements"] as? [[String: Any]])
        let signed = try #require(statements.first { ($0["predicate"] as? [String: Any])?["lemma"] as? String == "sign" })
        let subjects = (signed["subjects"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(Set(subjects ?? []) == ["Norway", "Chile"])
        #expect((signed["place"] as? [String: Any])?["name"] as? String == "Oslo")
        #expect((signed["times"] as? [Int])?.count == 1)
        let scalars = Array(string.unicodeScalars)
        for statement in statements {
            let start = try #require(statement["start"] as? Int)
            let end = try #require(statement["end"] as? Int)
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            #expect(String(text) == statement["text"] as? String)
        }
        let negated = statements.first { ($0["modality"] as? [String: Any])?["negated"] as? Bool == true }
        #expect(negated != nil, "the negated ratification is a statement")
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
        let report = storyReport([a, b])
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
