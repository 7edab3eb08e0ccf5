/// Turns several articles about one story into a `StoryReport`.
///
/// Undated articles take a date inferred from the other articles and their own relative dates
/// (`DateInference`, marked `publishedInferred`), so their relative dates ("on Friday") resolve and align.
public struct StoryReconciler: Sendable {
    /// The per-article analysis.
    public var analyzer: Analyzer
    /// Figure and date alignment.
    public var factAligner: FactAligner
    /// Quote alignment.
    public var quoteAligner: QuoteAligner
    /// Syndicated-copy detection.
    public var duplicates: DuplicateDetector
    /// Creation dates for undated articles.
    public var dateInference = DateInference()
    /// Who-did-what statements per article.
    public var statementReader = StatementReader()
    /// Event alignment over statements.
    public var eventAligner = EventAligner()

    /// Creates a reconciler with the default stages.
    public init(
        analyzer: Analyzer = Analyzer(), factAligner: FactAligner = FactAligner(), quoteAligner: QuoteAligner = QuoteAligner(),
        duplicates: DuplicateDetector = DuplicateDetector()
    ) {
        self.analyzer = analyzer
        self.factAligner = factAligner
        self.quoteAligner = quoteAligner
        self.duplicates = duplicates
    }

    /// Analyzes `articles` and reconciles them into one report.
    public func report(for articles: [Article]) -> StoryReport {
        // Dated articles first; each undated one is analyzed once, with the date inferred from them.
        var analyzed = articles.map { $0.published == nil ? nil : analyzer.analyze($0) }
        let dated = analyzed.compactMap { $0 }
        var inferred = Set<Int>()
        for (index, article) in articles.enumerated() where analyzed[index] == nil {
            let date = dateInference.infer(article, dated: dated, recognizer: analyzer.timeRecognizer)
            if date != nil { inferred.insert(index) }
            analyzed[index] = analyzer.analyze(article, documentDate: date)
        }
        return reconcile(analyzed.compactMap { $0 }, inferredDates: inferred)
    }

    /// Multi-source facts first (in the given order), then single-source ones, numbered `f1`, `f2`, ….
    static func numbered(_ facts: [Fact]) -> [Fact] {
        let ordered = facts.filter { $0.verdict != .singleSource } + facts.filter { $0.verdict == .singleSource }
        return ordered.enumerated().map { index, fact in
            var numbered = fact
            numbered.id = "f\(index + 1)"
            return numbered
        }
    }

    /// Reconciles already analyzed articles; `inferredDates` holds the indices whose date was inferred.
    public func reconcile(_ analyzed: [AnalyzedArticle], inferredDates: Set<Int> = []) -> StoryReport {
        let originals = duplicates.originals(of: analyzed.map(\.article))
        let (actors, membership) = ActorLinker().link(analyzed)
        let actorIndex: (Int, Int) -> Int? = { article, cluster in membership[article][cluster] }
        let figures = factAligner.align(
            analyzed, originals: originals,
            actorName: { article, cluster in actorIndex(article, cluster).map { actors[$0].name } })
        var actorByName: [String: Int] = [:]
        for (index, actor) in actors.enumerated() where actorByName[Gazetteer.canonical(actor.name)] == nil {
            actorByName[Gazetteer.canonical(actor.name)] = index
        }
        let events = eventAligner.align(
            analyzed, statements: analyzed.map(statementReader.statements(in:)), originals: originals, actor: actorIndex,
            actorName: { actors[$0].name },
            actorNamed: { actorByName[Gazetteer.canonical($0)] })
        let facts = Self.numbered(figures + events)
        let quotes = quoteAligner.align(
            analyzed, originals: originals, actor: actorIndex, actorName: { actors[$0].name })
        let articles = analyzed.enumerated().map { index, item in
            ReportArticle(
                id: item.article.id, source: item.article.source, title: item.article.title, published: item.article.published,
                publishedInferred: inferredDates.contains(index), dateline: item.article.dateline, url: item.article.url,
                duplicateOf: originals[index].map { analyzed[$0].article.id })
        }
        let ranked = actors.sorted { $0.sources.count != $1.sources.count ? $0.sources.count > $1.sources.count : $0.mentions > $1.mentions }
        return StoryReport(
            articles: articles,
            summary: SummaryBuilder().summary(of: analyzed, originals: originals),
            actors: ranked,
            facts: facts,
            quotes: quotes,
            timeline: TimelineBuilder().timeline(of: analyzed)
        )
    }
}
