import ParallaxCore

/// Counts behind one row of a conlleval table: correct, guessed and gold chunks.
public struct ChunkCounts: Sendable, Hashable {
    /// Chunks found with exactly the gold span and type.
    public var correct = 0
    /// Chunks the system found.
    public var guessed = 0
    /// Chunks in the gold labels.
    public var gold = 0

    /// Empty counts.
    public init() {}

    /// Given counts.
    public init(correct: Int, guessed: Int, gold: Int) {
        (self.correct, self.guessed, self.gold) = (correct, guessed, gold)
    }

    /// Adds another document's or type's counts.
    public static func += (lhs: inout ChunkCounts, rhs: ChunkCounts) {
        lhs.correct += rhs.correct
        lhs.guessed += rhs.guessed
        lhs.gold += rhs.gold
    }

    /// correct / guessed (0 when nothing was guessed).
    public var precision: Double { guessed == 0 ? 0 : Double(correct) / Double(guessed) }
    /// correct / gold (0 when there is no gold chunk).
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    /// The harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}
