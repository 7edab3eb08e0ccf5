/// Picks a short summary: the lead sentences of the independent articles, skipping repetitions.
public struct SummaryBuilder: Sendable {
    /// Most sentences in a summary.
    public var maximumSentences = 3
    /// Content-word overlap above which a lead repeats one already chosen.
    public var repetition = 0.5

    /// Creates a builder.
    public init() {}

    /// The summary sentences.
    public func summary(of articles: [AnalyzedArticle], originals: [Int?]) -> [SourceReference] {
        var chosen: [(SourceReference, Set<String>)] = []
        for (index, analyzed) in articles.enumerated() where originals[index] == nil {
            guard
                let lead = analyzed.sentences.first(where: {
                    analyzed.text(of: $0).split(separator: " ").count >= 8
                })
            else { continue }
            let text = analyzed.text(of: lead)
            let stems = Set(ContentWords.stems(of: text))
            if chosen.contains(where: { ContentWords.dice($0.1, stems) > repetition }) { continue }
            chosen.append((SourceReference(article: analyzed.article.id, source: analyzed.article.source, text: text, span: lead), stems))
            if chosen.count == maximumSentences { break }
        }
        return chosen.map(\.0)
    }
}
