/// A tokenized text with each token's lowercased `WordKey` computed once, so that pattern
/// recognizers can consult their word tables on every token without allocating strings.
package struct KeyedTokens: Sendable {
    /// The underlying text.
    let text: TokenizedText
    /// Lowercased key of each token; nil for tokens longer than 16 bytes or not ASCII.
    let keys: [WordKey?]
    /// For each token, the index of the first token of its sentence.
    let sentenceStarts: [Int]

    /// Computes the keys of every token of `text`.
    init(_ text: TokenizedText) {
        self.text = text
        let bytes = text.buffer.bytes
        self.keys = text.tokens.map { WordKey(bytes: bytes[$0.range]) }
        var starts = [Int](repeating: 0, count: text.tokens.count)
        for sentence in text.sentences {
            for index in sentence.tokens where index < starts.count { starts[index] = sentence.tokens.lowerBound }
        }
        self.sentenceStarts = starts
    }

    /// Number of tokens.
    package var count: Int { keys.count }

    /// The key of token `index`; nil when out of range or unkeyed.
    package func key(_ index: Int) -> WordKey? { index >= 0 && index < keys.count ? keys[index] : nil }

    /// Whether token `index` is the word `word` (case-insensitive). A nil `word` never matches.
    package func isWord(_ index: Int, _ word: WordKey?) -> Bool {
        guard let word, let key = key(index) else { return false }
        return key == word
    }

    /// Whether token `index` is one of `words` (case-insensitive).
    package func isWord(_ index: Int, in words: Set<WordKey>) -> Bool {
        guard let key = key(index) else { return false }
        return words.contains(key)
    }

    /// The kind of token `index`; nil when out of range.
    package func kind(_ index: Int) -> TokenKind? {
        index >= 0 && index < keys.count ? text.tokens[index].kind : nil
    }

    /// What separates token `index` from the previous one; nil when out of range.
    package func gap(_ index: Int) -> TokenGap? {
        index >= 0 && index < keys.count ? text.tokens[index].gap : nil
    }

    /// The bytes of token `index` (empty when out of range).
    package func bytes(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0, index < keys.count else { return [] }
        return text.buffer.bytes[text.tokens[index].range]
    }

    /// The first byte of token `index` (0 when out of range).
    package func firstByte(_ index: Int) -> UInt8 { bytes(index).first ?? 0 }

    /// Whether token `index` starts with an ASCII capital letter.
    package func isCapitalized(_ index: Int) -> Bool { (0x41...0x5A).contains(firstByte(index)) }

    /// Whether token `index` starts with an ASCII lowercase letter.
    func isLowercase(_ index: Int) -> Bool { (0x61...0x7A).contains(firstByte(index)) }

    /// Whether token `index` is all ASCII capital letters.
    package func isUppercaseWord(_ index: Int) -> Bool {
        let slice = bytes(index)
        return !slice.isEmpty && slice.allSatisfy { (0x41...0x5A).contains($0) }
    }

    /// Whether token `index` is the single punctuation byte `byte` (`,` `-` `:`).
    package func isPunctuation(_ index: Int, _ byte: UInt8) -> Bool {
        let slice = bytes(index)
        return slice.count == 1 && slice.first == byte
    }

    /// Whether token `index` starts its sentence.
    func isSentenceStart(_ index: Int) -> Bool {
        index >= 0 && index < sentenceStarts.count && sentenceStarts[index] == index
    }

    /// Index of the first token of the sentence holding token `index`.
    func sentenceStart(of index: Int) -> Int {
        index >= 0 && index < sentenceStarts.count ? sentenceStarts[index] : 0
    }

    /// Index one past the last token of the sentence holding token `index`.
    func sentenceEnd(of index: Int) -> Int {
        var end = index + 1
        while end < count, sentenceStarts[end] != end { end += 1 }
        return min(end, count)
    }

    /// The hyphen-separated parts of a word token, each keyed ("one-and-a-half" → one, and, a, half).
    package func segments(_ index: Int) -> [WordKey?] {
        let slice = bytes(index)
        var parts: [WordKey?] = []
        var start = slice.startIndex
        for position in slice.indices where slice[position] == 0x2D {
            parts.append(WordKey(bytes: slice[start..<position]))
            start = position + 1
        }
        parts.append(WordKey(bytes: slice[start..<slice.endIndex]))
        return parts
    }

    /// The key of the part of token `index` before its first hyphen (the whole token when it has none).
    func firstSegmentKey(_ index: Int) -> WordKey? {
        let slice = bytes(index)
        let end = slice.firstIndex(of: 0x2D) ?? slice.endIndex
        return end == slice.endIndex ? key(index) : WordKey(bytes: slice[slice.startIndex..<end])
    }

    /// Token `index` lowercased, as a string.
    package func lowercased(_ index: Int) -> String {
        String(decoding: bytes(index).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The span of a run of tokens.
    func span(_ range: Range<Int>) -> TextSpan { text.span(ofTokens: range) }

    /// The exact text of a run of tokens.
    func string(_ range: Range<Int>) -> String { text.text(ofTokens: range) }
}
