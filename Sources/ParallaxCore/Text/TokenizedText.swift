/// A text with its tokens and sentences: the input every later analysis stage reads.
public struct TokenizedText: Sendable {
    /// The text and its offset map.
    public let buffer: TextBuffer
    /// Tokens in text order.
    public let tokens: [Token]
    /// Sentences in text order, covering every token.
    public let sentences: [Sentence]

    /// Tokenizes and splits `string` with the default tokenizer and splitter.
    public init(_ string: String) {
        let buffer = TextBuffer(string)
        let tokens = Tokenizer().tokenize(buffer.bytes)
        self.init(buffer: buffer, tokens: tokens, sentences: SentenceSplitter().split(tokens, in: buffer.bytes))
    }

    /// Wraps already computed layers.
    public init(buffer: TextBuffer, tokens: [Token], sentences: [Sentence]) {
        self.buffer = buffer
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The text of token `index`.
    public func text(ofToken index: Int) -> String { buffer.text(bytes: tokens[index].range) }

    /// The text from the start of token `range.lowerBound` to the end of token `range.upperBound - 1`.
    public func text(ofTokens range: Range<Int>) -> String { buffer.text(bytes: byteRange(ofTokens: range)) }

    /// The byte range covered by a run of tokens (empty range at the start of the first when empty).
    public func byteRange(ofTokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < tokens.count ? Int(tokens[range.lowerBound].start) : buffer.bytes.count
            return at..<at
        }
        return Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
    }

    /// The scalar span covered by a run of tokens.
    public func span(ofTokens range: Range<Int>) -> TextSpan { buffer.span(bytes: byteRange(ofTokens: range)) }

    /// Index of the first token that ends after byte offset `byte` (binary search).
    public func tokenIndex(atOrAfterByte byte: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].end) <= byte { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The tokens that a scalar span covers, at least partly.
    public func tokenRange(covering span: TextSpan) -> Range<Int> {
        let bytes = buffer.byteRange(of: span)
        let first = tokenIndex(atOrAfterByte: bytes.lowerBound)
        var last = first
        while last < tokens.count, Int(tokens[last].start) < bytes.upperBound { last += 1 }
        return first..<max(first, last)
    }

    /// Index of the sentence containing token `index`.
    public func sentenceIndex(ofToken index: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let s = sentences[mid].tokens
            if index < s.lowerBound { high = mid - 1 } else if index >= s.upperBound { low = mid + 1 } else { return mid }
        }
        return nil
    }
}
