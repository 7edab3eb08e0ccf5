import ParallaxCore

/// What one training epoch did, for progress output.
public struct EpochReport: Sendable {
    /// The epoch number, from 1.
    public var epoch: Int
    /// Training tokens whose predicted tag was wrong (before the update).
    public var trainingErrors: Int
    /// Training tokens seen.
    public var trainingTokens: Int
    /// The score of the averaged weights on the dev documents: entity F1 for entities, token
    /// accuracy for POS; nil without dev documents.
    public var devScore: Double?
    /// Seconds the epoch took.
    public var seconds: Double
}
