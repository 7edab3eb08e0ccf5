/// An article with every annotation layer the per-article analysis produces.
///
/// One value returned by `Analyzer`, never mutated by later stages; every span is a Unicode-scalar
/// span into `article.text`. It is the whole input of the stages after analysis (stories,
/// reconciliation, reports): they read its layers and never tokenize or run a recognizer again.
public struct AnalyzedArticle: Sendable, Hashable, Codable {
    /// The article analyzed.
    public var article: Article
    /// Tokens with their parts of speech, in order.
    public var tokens: [ArticleToken]
    /// Sentence spans, in order.
    public var sentences: [TextSpan]
    /// Named-entity mentions, in order.
    public var entities: [EntityMention]
    /// The entities the mentions resolve to.
    public var clusters: [EntityCluster]
    /// Quotations and attributions.
    public var quotes: [Quote]
    /// Numbers, amounts, durations, ages.
    public var quantities: [Quantity]
    /// Temporal expressions.
    public var times: [TimeExpression]
    /// Who did what to whom, clause by clause, in text order.
    public var statements: [Statement]

    /// Creates an analyzed article.
    public init(
        article: Article, tokens: [ArticleToken] = [], sentences: [TextSpan], entities: [EntityMention],
        clusters: [EntityCluster], quotes: [Quote], quantities: [Quantity], times: [TimeExpression],
        statements: [Statement] = []
    ) {
        self.article = article
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.clusters = clusters
        self.quotes = quotes
        self.quantities = quantities
        self.times = times
        self.statements = statements
    }

    /// The characters of `span` in the article's text (clamped to the text).
    public func text(of span: TextSpan) -> String { texts(of: [span])[0] }

    /// The characters of each span, for spans in ascending order of start (as a layer's are): one
    /// pass over the text instead of one per span.
    public func texts(of spans: [TextSpan]) -> [String] {
        let scalars = article.text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        return spans.map { span in
            if span.start < offset {
                index = scalars.startIndex
                offset = 0
            }
            index = scalars.index(index, offsetBy: span.start - offset, limitedBy: scalars.endIndex) ?? scalars.endIndex
            offset = span.start
            let end = scalars.index(index, offsetBy: span.length, limitedBy: scalars.endIndex) ?? scalars.endIndex
            return String(scalars[index..<end])
        }
    }

    /// The cluster with the given id.
    public func cluster(_ id: Int?) -> EntityCluster? {
        guard let id else { return nil }
        return clusters.first { $0.id == id }
    }

    /// Index of the sentence containing `span`, if any.
    public func sentenceIndex(containing span: TextSpan) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let s = sentences[mid]
            if span.start < s.start { high = mid - 1 } else if span.start >= s.end { low = mid + 1 } else { return mid }
        }
        return nil
    }
}
