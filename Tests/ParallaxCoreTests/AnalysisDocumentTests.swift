import Testing
@testable import ParallaxCore

/// The analysis document: every layer points into the text, the token layer rebuilds the tokenized
/// text exactly, and odd input (random mixtures of words, names, figures, quotes, dates and
/// non-ASCII scalars) never breaks either.
@Suite struct AnalysisDocumentTests {
    let analyzer = Analyzer()
    static let pieces = [
        "Mayor", "Anna", "Berg", "said", "signed", "the", "deal", "in", "Oslo", "on", "Friday", ",", ".", "“", "”", "\"",
        "€3m", "about", "12,400", "workers", "did", "not", "approve", "—", "déjà", "vu", "🙂", "\u{0301}", "\n\n", "  ",
        "Jan.", "21", "2025", "'s", "U.S.", "who", "according", "to", "\u{FFFD}", "(", ")", "-", "…",
    ]

    func randomText(_ generator: inout SplitMix64, words: Int) -> String {
        (0..<words).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)] }
            .joined(separator: " ")
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func everyLayerIndexesTheTextAndTheTokenLayerRoundTrips(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for round in 0..<25 {
            let text = randomText(&generator, words: Int.random(in: 0..<300, using: &generator))
            let analyzed = analyzer.analyze(
                Article(id: "r\(round)", source: "random", published: CalendarDate(iso: "2026-01-05"), text: text))
            let length = text.unicodeScalars.count
            let spans = analyzed.tokens.map(\.span) + analyzed.sentences + analyzed.entities.map(\.span)
                + analyzed.quotes.map(\.span) + analyzed.quantities.map(\.span) + analyzed.times.map(\.span)
                + analyzed.statements.map(\.span) + analyzed.statements.map(\.predicate.span)
            #expect(spans.allSatisfy { $0.start >= 0 && $0.end <= length }, "seed \(seed) round \(round)")
            for statement in analyzed.statements {
                #expect(statement.times.allSatisfy(analyzed.times.indices.contains))
                #expect(statement.quantities.allSatisfy(analyzed.quantities.indices.contains))
                #expect(statement.participants.allSatisfy { analyzed.cluster($0) != nil })
            }
            let original = TokenizedText(text)
            let rebuilt = TokenizedText(analyzed)
            #expect(rebuilt.tokens == original.tokens, "seed \(seed) round \(round)")
            #expect(rebuilt.sentences.map(\.tokens) == original.sentences.map(\.tokens), "seed \(seed) round \(round)")
            #expect(analyzed.texts(of: analyzed.tokens.map(\.span)) == original.tokens.indices.map(original.text(ofToken:)))
        }
    }

    @Test func partsOfSpeechAreTaggedOnEveryToken() {
        let analyzed = analyzer.analyze(Article(id: "p", source: "s", text: "The minister signed the agreement in Oslo."))
        #expect(analyzed.tokens.count == 8)
        #expect(analyzed.tokens.allSatisfy { $0.partOfSpeech != nil })
        #expect(analyzed.tokens.first?.partOfSpeech == "DT")
        #expect(analyzed.tokens.last?.kind == .terminal)
    }

    @Test func emptyTextGivesEmptyLayers() {
        let analyzed = analyzer.analyze(Article(id: "e", source: "s", text: ""))
        #expect(analyzed.tokens.isEmpty && analyzed.sentences.isEmpty && analyzed.statements.isEmpty)
        #expect(TokenizedText(analyzed).tokens.isEmpty)
    }
}
