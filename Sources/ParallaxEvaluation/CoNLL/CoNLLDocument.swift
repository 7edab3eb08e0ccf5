import ParallaxCore

/// One document of a CoNLL-2003 file (the sentences between two `-DOCSTART-` lines).
public struct CoNLLDocument: Sendable, Hashable {
    /// The sentences in order.
    public var sentences: [CoNLLSentence]

    /// Creates a document.
    public init(sentences: [CoNLLSentence]) { self.sentences = sentences }

    /// The tagger's view of the document's words.
    public var taggerInput: TaggerInput { TaggerInput(sentences: sentences.map(\.words)) }
}
