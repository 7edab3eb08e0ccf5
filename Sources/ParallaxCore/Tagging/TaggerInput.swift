/// A tokenized document as the tagger reads it: bytes, token byte ranges and sentence token ranges.
///
/// Both CoNLL files (pre-tokenized words) and Parallax's own `TokenizedText` convert to this form,
/// so that training and analysis share one feature extractor.
public struct TaggerInput: Sendable, Hashable {
    /// The document's UTF-8 bytes.
    public var bytes: [UInt8]
    /// Each token's byte range, in order.
    public var tokens: [Range<Int>]
    /// Each sentence's token range, in order, covering every token.
    public var sentences: [Range<Int>]

    /// Wraps already computed layers.
    public init(bytes: [UInt8], tokens: [Range<Int>], sentences: [Range<Int>]) {
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
    }

    /// A document made of pre-tokenized sentences (CoNLL words), words joined by single spaces.
    public init(sentences words: [[String]]) {
        var bytes: [UInt8] = []
        var tokens: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        for sentence in words {
            let first = tokens.count
            for word in sentence {
                if !bytes.isEmpty { bytes.append(32) }
                let start = bytes.count
                bytes.append(contentsOf: word.utf8)
                tokens.append(start..<bytes.count)
            }
            sentences.append(first..<tokens.count)
        }
        self.init(bytes: bytes, tokens: tokens, sentences: sentences)
    }

    /// The tagger's view of a Parallax tokenized text.
    public init(_ text: TokenizedText) {
        self.init(
            bytes: text.buffer.bytes,
            tokens: text.tokens.map { $0.range },
            sentences: text.sentences.map { $0.tokens })
    }
}
