/// Groups tokens into sentences. (Provisional version: replaced by the news-typography splitter.)
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Splits `tokens` of `bytes` into sentences covering every token.
    public func split(_ tokens: [Token], in bytes: [UInt8]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        for index in tokens.indices {
            let next = index + 1
            let ends = tokens[index].kind == .terminal || next == tokens.count || tokens[next].gap == .paragraph
            if ends {
                sentences.append(Sentence(tokens: first..<next, bytes: Int(tokens[first].start)..<Int(tokens[index].end)))
                first = next
            }
        }
        return sentences
    }
}
