import Foundation
import ParallaxCore
import Testing
@testable import ParallaxStore

@Suite("Search (SQLite FTS5 and PostgreSQL full text): ranked, filtered, highlighted, and safe against query syntax")
struct SearchTests {
    static func withStore(_ kind: StoreKind, _ body: (any CoverageStore) throws -> Void) throws {
        try StoreFixtures.withDatabase(kind) { database in
            let store = try database.open()
            _ = try StoreIngestor(store: store).ingest(StoreFixtures.stream)
            try body(store)
        }
    }

    @Test("every word must occur; results carry their story; highlights point at the words", arguments: StoreKind.available)
    func words(_ kind: StoreKind) throws {
        try Self.withStore(kind) { (store: any CoverageStore) throws in
            let results = try store.search(SearchQuery(text: "ferry fire"))
            #expect(Set(results.results.map(\.id)) == ["ferry-1", "ferry-2", "ferry-3"])
            #expect(results.stories.count == 1 && results.stories[0].hits == 3)
            #expect(results.schema == "parallax/search@1")
            for hit in results.results {
                let scalars = Array(hit.snippet.unicodeScalars)
                #expect(!hit.highlights.isEmpty)
                for range in hit.highlights {
                    let word = String(String.UnicodeScalarView(scalars[range[0]..<(range[0] + range[1])])).lowercased()
                    #expect(word.hasPrefix("ferry") || word.hasPrefix("fire"))
                }
            }
            #expect(try store.search(SearchQuery(text: "ferry tram")).results.isEmpty)
        }
    }

    @Test("quoted phrases, entity, outlet and date filters narrow the results", arguments: StoreKind.available)
    func filters(_ kind: StoreKind) throws {
        try Self.withStore(kind) { (store: any CoverageStore) throws in
            #expect(try store.search(SearchQuery(text: "\"tram line\"")).results.count == 2)
            #expect(try store.search(SearchQuery(text: "\"line tram\"")).results.isEmpty)
            #expect(try store.search(SearchQuery(text: "council", source: "COAST-WIRE")).results.map(\.id) == ["vote-2"])
            #expect(try store.search(SearchQuery(text: "ferry", since: CalendarDate(iso: "2026-02-11"))).results.map(\.id) == ["ferry-3"])
            #expect(try store.search(SearchQuery(text: "ferry", until: CalendarDate(iso: "2026-02-10"))).results.count == 2)
            let lindqvist = try store.search(SearchQuery(text: "", entity: "Lindqvist"))
            #expect(Set(lindqvist.results.map(\.id)) == ["vote-1", "vote-2"])
        }
    }

    @Test("the title weighs more than the text", arguments: StoreKind.available)
    func ranking(_ kind: StoreKind) throws {
        try Self.withStore(kind) { (store: any CoverageStore) throws in
            let results = try store.search(SearchQuery(text: "glasshouse"))
            #expect(results.results.first?.id == "garden-1")
            let evacuated = try store.search(SearchQuery(text: "evacuation"))
            #expect(evacuated.results.first?.id == "ferry-1")
        }
    }

    @Test("FTS5 and tsquery syntax and hostile input are searched as words, never run", arguments: StoreKind.available, [
        "title:ferry OR *", "\"unbalanced", "NEAR(ferry fire)", "ferry) OR (1=1", "'; DROP TABLE articles; --", "ferry*", "\u{0}ferry\u{7F}", "ferry & !fire | <->", "ferry:* <2> fire",
    ])
    func hostile(_ kind: StoreKind, _ query: String) throws {
        try Self.withStore(kind) { (store: any CoverageStore) throws in
            let results = try store.search(SearchQuery(text: query))
            #expect(results.results.allSatisfy { $0.id.hasPrefix("ferry") } || results.results.isEmpty)
            #expect(try store.counts().articles == 6)
        }
    }

    @Test("a query without words is an error, not everything", arguments: StoreKind.available)
    func empty(_ kind: StoreKind) throws {
        try Self.withStore(kind) { (store: any CoverageStore) throws in
            #expect(throws: StoreError.emptyQuery) { _ = try store.search(SearchQuery(text: " \"\" *** ")) }
        }
    }

    @Test("a long query is searched without a crash", arguments: StoreKind.available)
    func long(_ kind: StoreKind) throws {
        try Self.withStore(kind) { (store: any CoverageStore) throws in
            let query = Array(repeating: "ferry", count: 500).joined(separator: " ")
            #expect(try store.search(SearchQuery(text: query)).results.count == 3)
        }
    }
}
