import ParallaxCore

/// One sentence of a CoNLL-2003 file: words with their POS, chunk and entity columns.
public struct CoNLLSentence: Sendable, Hashable {
    /// The words, pre-tokenized.
    public var words: [String]
    /// Penn Treebank tags (column 2).
    public var partsOfSpeech: [String]
    /// Entity labels (last column).
    public var entities: [String]

    /// Creates a sentence.
    public init(words: [String], partsOfSpeech: [String], entities: [String]) {
        self.words = words
        self.partsOfSpeech = partsOfSpeech
        self.entities = entities
    }
}
