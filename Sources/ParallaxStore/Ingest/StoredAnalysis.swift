import ParallaxCore

/// An analysis document in the form the store writes: every layer as `AnalyzedArticle` encodes it,
/// except the token layer, which is stored as columns (`TokenColumns`).
struct StoredAnalysis: Codable, Sendable {
    var article: Article
    var tokens: TokenColumns
    var sentences: [TextSpan]
    var entities: [EntityMention]
    var clusters: [EntityCluster]
    var quotes: [Quote]
    var quantities: [Quantity]
    var times: [TimeExpression]
    var statements: [Statement]

    init(_ analysis: AnalyzedArticle) {
        article = analysis.article
        tokens = TokenColumns(analysis.tokens)
        sentences = analysis.sentences
        entities = analysis.entities
        clusters = analysis.clusters
        quotes = analysis.quotes
        quantities = analysis.quantities
        times = analysis.times
        statements = analysis.statements
    }

    /// The analysis document; nil when the token columns are damaged.
    var analysis: AnalyzedArticle? {
        guard let tokens = tokens.tokens() else { return nil }
        return AnalyzedArticle(
            article: article, tokens: tokens, sentences: sentences, entities: entities, clusters: clusters, quotes: quotes,
            quantities: quantities, times: times, statements: statements)
    }
}
