/// An article with every annotation layer the per-article analysis produces.
///
/// One value returned by `Analyzer`, never mutated by later stages; every span is a Unicode-scalar
/// span into `article.text`.
public struct AnalyzedArticle: Sendable, Hashable, Codable {
    /// The article analyzed.
    public var article: Article
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

    /// Creates an analyzed article.
    public init(
        article: Article, sentences: [TextSpan], entities: [EntityMention], clusters: [EntityCluster],
        quotes: [Quote], quantities: [Quantity], times: [TimeExpression]
    ) {
        self.article = article
        self.sentences = sentences
        self.entities = entities
        self.clusters = clusters
        self.quotes = quotes
        self.quantities = quantities
        self.times = times
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
