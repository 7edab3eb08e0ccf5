import ParallaxCore

/// One document to train or score a tagger on: its tokens and their gold tag numbers.
public struct TrainingDocument: Sendable {
    /// The tokens.
    public var input: TaggerInput
    /// One gold tag number a token.
    public var gold: [UInt16]
    /// The POS model's tags for the tokens (entity training only).
    public var partsOfSpeech: [UInt16]?

    /// Creates a document.
    public init(input: TaggerInput, gold: [UInt16], partsOfSpeech: [UInt16]? = nil) {
        self.input = input
        self.gold = gold
        self.partsOfSpeech = partsOfSpeech
    }
}
