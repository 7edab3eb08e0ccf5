extension TokenizedText {
    /// The token layer of the analysis document: each token's scalar span, class, gap and part of
    /// speech (`partsOfSpeech`, one per token, when a tagger ran).
    public func articleTokens(partsOfSpeech: [String]?) -> [ArticleToken] {
        let tags = partsOfSpeech.flatMap { $0.count == tokens.count ? $0 : nil }
        return tokens.indices.map { index in
            let token = tokens[index]
            return ArticleToken(
                span: buffer.span(bytes: token.range), kind: token.kind, gap: token.gap, partOfSpeech: tags?[index])
        }
    }

    /// The tokenized text of an analysis document, rebuilt from its token and sentence layers
    /// without tokenizing: for the stages that must be rerun on a new creation date.
    public init(_ analyzed: AnalyzedArticle) {
        let buffer = TextBuffer(analyzed.article.text)
        let tokens = analyzed.tokens.map { token in
            let bytes = buffer.byteRange(of: token.span)
            return Token(start: bytes.lowerBound, end: bytes.upperBound, kind: token.kind, gap: token.gap)
        }
        var sentences: [Sentence] = []
        var next = 0
        for span in analyzed.sentences {
            let bytes = buffer.byteRange(of: span)
            var end = next
            while end < tokens.count, Int(tokens[end].start) < bytes.upperBound { end += 1 }
            sentences.append(Sentence(tokens: next..<end, bytes: bytes))
            next = end
        }
        self.init(buffer: buffer, tokens: tokens, sentences: sentences)
    }
}
