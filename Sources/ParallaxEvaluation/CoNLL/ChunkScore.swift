import ParallaxCore

/// Entity-level scores as conlleval defines them: a guessed chunk counts only when its span and type
/// both match a gold chunk exactly; partial overlaps count as one false positive and one miss.
public struct ChunkScore: Sendable, Hashable {
    /// Counts over all types.
    public var overall = ChunkCounts()
    /// Counts per chunk type.
    public var byType: [String: ChunkCounts] = [:]
    /// Tokens whose guessed label equals the gold label.
    public var correctTokens = 0
    /// Tokens scored.
    public var tokens = 0

    /// Empty scores.
    public init() {}

    /// Token accuracy (0 when no token was scored).
    public var tokenAccuracy: Double { tokens == 0 ? 0 : Double(correctTokens) / Double(tokens) }

    /// Adds one sentence's gold and guessed labels (equal lengths; extra labels on either side are ignored).
    public mutating func add(gold: [String], guessed: [String]) {
        let count = min(gold.count, guessed.count)
        let goldLabels = Array(gold.prefix(count))
        let guessedLabels = Array(guessed.prefix(count))
        for index in 0..<count where goldLabels[index] == guessedLabels[index] { correctTokens += 1 }
        tokens += count
        let goldChunks = ChunkExtractor.chunks(goldLabels)
        let guessedChunks = ChunkExtractor.chunks(guessedLabels)
        let goldSet = Set(goldChunks)
        for chunk in goldChunks {
            overall.gold += 1
            byType[chunk.type, default: ChunkCounts()].gold += 1
        }
        for chunk in guessedChunks {
            overall.guessed += 1
            byType[chunk.type, default: ChunkCounts()].guessed += 1
            if goldSet.contains(chunk) {
                overall.correct += 1
                byType[chunk.type, default: ChunkCounts()].correct += 1
            }
        }
    }

    /// A conlleval-style table: one line overall, one per type.
    public func table() -> String {
        func row(_ name: String, _ counts: ChunkCounts) -> String {
            func pct(_ value: Double) -> String { String(format: "%6.2f%%", value * 100) }
            return "\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) precision: \(pct(counts.precision))  recall: \(pct(counts.recall))  F1: \(pct(counts.f1))  correct \(counts.correct) guessed \(counts.guessed) gold \(counts.gold)"
        }
        var lines = ["processed \(tokens) tokens with \(overall.gold) phrases; found: \(overall.guessed) phrases; correct: \(overall.correct).",
                     String(format: "accuracy: %6.2f%%", tokenAccuracy * 100), row("overall", overall)]
        for type in byType.keys.sorted() { lines.append(row(type, byType[type] ?? ChunkCounts())) }
        return lines.joined(separator: "\n")
    }
}
