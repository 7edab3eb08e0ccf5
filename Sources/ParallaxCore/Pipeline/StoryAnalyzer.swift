/// Analyzes the articles of one story into analysis documents, dating the undated ones from the rest.
///
/// Every article is analyzed once. An article without a creation date takes the date
/// `DateInference` finds from the dated articles and its own relative dates ("on Friday"), and only
/// its date-dependent layers (times and statements) are read again for that date, so its relative
/// dates resolve and align. The result is what `StoryReconciler` reconciles.
public struct StoryAnalyzer: Sendable {
    /// The per-article analysis.
    public var analyzer: Analyzer
    /// Creation dates for undated articles.
    public var dateInference: DateInference

    /// Creates a story analyzer with the default stages.
    public init(analyzer: Analyzer = Analyzer(), dateInference: DateInference = DateInference()) {
        self.analyzer = analyzer
        self.dateInference = dateInference
    }

    /// The analysis documents of `articles`, in input order, and the indices whose date was inferred.
    public func analyze(_ articles: [Article]) -> (articles: [AnalyzedArticle], inferredDates: Set<Int>) {
        dating(articles.map { analyzer.analyze($0) })
    }

    /// The analysis documents of one story's articles, the undated ones dated from the rest, and the
    /// indices whose date was inferred.
    public func dating(_ documents: [AnalyzedArticle]) -> (articles: [AnalyzedArticle], inferredDates: Set<Int>) {
        var analyzed = documents
        let dated = analyzed.filter { $0.article.published != nil }
        var inferred = Set<Int>()
        for index in analyzed.indices where analyzed[index].article.published == nil {
            guard let date = dateInference.infer(analyzed[index], dated: dated, recognizer: analyzer.timeRecognizer)
            else { continue }
            analyzed[index] = analyzer.redated(analyzed[index], to: date)
            inferred.insert(index)
        }
        return (analyzed, inferred)
    }
}
