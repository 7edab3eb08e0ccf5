/// Turns the analysis documents of one story into a `StoryReport`.
///
/// Reads only `AnalyzedArticle` values — their entities, quotes, quantities, times and statements —
/// and never the raw text's analysis again; `StoryAnalyzer` produces them (and dates undated articles).
public struct StoryReconciler: Sendable {
    /// Figure and date alignment.
    public var factAligner: FactAligner
    /// Quote alignment.
    public var quoteAligner: QuoteAligner
    /// Syndicated-copy detection.
    public var duplicates: DuplicateDetector
    /// Event alignment over statements.
    public var eventAligner = EventAligner()

    /// Creates a reconciler with the default stages.
    public init(
        factAligner: FactAligner = FactAligner(), quoteAligner: QuoteAligner = QuoteAligner(),
        duplicates: DuplicateDetector = DuplicateDetector()
    ) {
        self.factAligner = factAligner
        self.quoteAligner = quoteAligner
        self.duplicates = duplicates
    }

    /// Contested and widely reported facts first: conflicts, then figures, dates and places by how many
    /// independent sources give them, then the events (the sentences that report one happening, which
    /// hold those figures and dates) the same way, ties in the given order; single-source facts last,
    /// the most salient first: those nearest the top of their article (`position`, 0 at its start, 1 at
    /// its end — news puts what matters first), figures, dates and places before events at equal
    /// position; numbered `f1`, `f2`, ….
    static func numbered(_ facts: [Fact], position: (Fact) -> Double = { _ in 0 }) -> [Fact] {
        let shared = facts.enumerated().filter { $0.element.verdict != .singleSource }.sorted { a, b in
            let conflictA = a.element.verdict == .conflict
            let conflictB = b.element.verdict == .conflict
            if conflictA != conflictB { return conflictA }
            let eventA = a.element.kind == .event
            let eventB = b.element.kind == .event
            if eventA != eventB { return eventB }
            if a.element.independentSources != b.element.independentSources {
                return a.element.independentSources > b.element.independentSources
            }
            return a.offset < b.offset
        }.map(\.element)
        let single = facts.enumerated().filter { $0.element.verdict == .singleSource }
            .map { (offset: $0.offset, fact: $0.element, position: position($0.element)) }
            .sorted { a, b in
                if a.position != b.position { return a.position < b.position }
                if (a.fact.kind == .event) != (b.fact.kind == .event) { return b.fact.kind == .event }
                return a.offset < b.offset
            }.map(\.fact)
        let ordered = shared + single
        return ordered.enumerated().map { index, fact in
            var numbered = fact
            numbered.id = "f\(index + 1)"
            return numbered
        }
    }

    /// Every pair of values of one slot from two of the articles, with its features (training examples
    /// for the fact-pair model), linked to story actors the way `reconcile` links them.
    package func pairExamples(_ analyzed: [AnalyzedArticle]) -> [FactPairExample] {
        let (actors, membership) = ActorLinker().link(analyzed)
        let sentences = EventSentences(analyzed)
        let originals = duplicates.originals(of: analyzed.map(\.article))
        let events = events(analyzed, sentences: sentences, originals: originals, actors: actors, membership: membership)
        return factAligner.pairExamples(
            analyzed, actorName: { article, cluster in membership[article][cluster].map { actors[$0].name } },
            alike: alike(sentences, events: events, analyzed: analyzed))
    }

    /// The event facts of the articles (`EventAligner.align`), actors linked as `reconcile` links them.
    private func events(
        _ analyzed: [AnalyzedArticle], sentences: EventSentences, originals: [Int?], actors: [StoryActor], membership: [[Int: Int]]
    ) -> [Fact] {
        var actorByName: [String: Int] = [:]
        for (index, actor) in actors.enumerated() where actorByName[Gazetteer.canonical(actor.name)] == nil {
            actorByName[Gazetteer.canonical(actor.name)] = index
        }
        return eventAligner.align(
            analyzed, table: sentences, originals: originals, actor: { article, cluster in membership[article][cluster] },
            actorName: { actors[$0].name },
            actorNamed: { actorByName[Gazetteer.canonical($0)] })
    }

    /// Every pair of quotes from two of the articles, with its features (training examples for the
    /// quote-pair model), linked to story actors the way `reconcile` links them.
    package func quotePairExamples(_ analyzed: [AnalyzedArticle]) -> [FactPairExample] {
        let (actors, membership) = ActorLinker().link(analyzed)
        return quoteAligner.pairExamples(
            analyzed, actor: { article, cluster in membership[article][cluster] }, actorName: { actors[$0].name },
            alike: sentencesAlike(EventSentences(analyzed)))
    }

    /// How likely two sentences (article, sentence index) report the same event, by the event-pair model.
    private func sentencesAlike(_ sentences: EventSentences) -> (Int, Int?, Int, Int?) -> Double {
        { [eventAligner] articleA, sentenceA, articleB, sentenceB in
            guard let sentenceA, let sentenceB, let i = sentences.index(article: articleA, sentence: sentenceA),
                let j = sentences.index(article: articleB, sentence: sentenceB), i != j
            else { return 0 }
            return eventAligner.probability(sentences, i, j)
        }
    }

    /// How likely the sentences two values sit in report the same event: certain when the event aligner
    /// put both in one event fact (it weighs participants and the best match in each outlet, not the
    /// pair alone) and the values do not contradict each other, else the event-pair model's probability:
    /// a conflict needs the pair itself to say so ("signed on Monday" and "will not sign before the
    /// summer" report one event, not one date).
    private func alike(_ sentences: EventSentences, events: [Fact], analyzed: [AnalyzedArticle]) -> (FactCandidate, FactCandidate) -> Double {
        let sentencesAlike = sentencesAlike(sentences)
        let articleIndex = Self.articleIndex(analyzed)
        var eventsOf: [Int: Set<Int>] = [:]  // sentence of the table → event facts holding it
        for (event, fact) in events.enumerated() where fact.values.count > 1 {
            for value in fact.values {
                guard let article = articleIndex[value.reference.article],
                    let sentence = analyzed[article].sentenceIndex(containing: TextSpan(start: value.reference.start, end: value.reference.start)),
                    let row = sentences.index(article: article, sentence: sentence)
                else { continue }
                eventsOf[row, default: []].insert(event)
            }
        }
        func eventsHolding(_ value: FactCandidate) -> Set<Int>? {
            sentences.index(article: value.article, sentence: value.sentenceIndex).flatMap { eventsOf[$0] }
        }
        return { a, b in
            if a.relation(to: b) != .disjoint, let x = eventsHolding(a), let y = eventsHolding(b), !x.isDisjoint(with: y) {
                return 1
            }
            return sentencesAlike(a.article, a.sentenceIndex, b.article, b.sentenceIndex)
        }
    }

    /// The index of each article id among `analyzed` (the first, should an id repeat).
    private static func articleIndex(_ analyzed: [AnalyzedArticle]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, item) in analyzed.enumerated() where index[item.article.id] == nil { index[item.article.id] = position }
        return index
    }

    /// Reconciles already analyzed articles; `inferredDates` holds the indices whose date was inferred.
    public func reconcile(_ analyzed: [AnalyzedArticle], inferredDates: Set<Int> = []) -> StoryReport {
        let originals = duplicates.originals(of: analyzed.map(\.article))
        let (actors, membership) = ActorLinker().link(analyzed)
        let actorIndex: (Int, Int) -> Int? = { article, cluster in membership[article][cluster] }
        let sentences = EventSentences(analyzed)
        let events = events(analyzed, sentences: sentences, originals: originals, actors: actors, membership: membership)
        let figures = factAligner.align(
            analyzed, originals: originals,
            actorName: { article, cluster in actorIndex(article, cluster).map { actors[$0].name } },
            alike: alike(sentences, events: events, analyzed: analyzed))
        let articleIndex = Self.articleIndex(analyzed)
        let lengths = analyzed.map { $0.article.text.unicodeScalars.count }
        let facts = Self.numbered(figures + events) { fact in
            guard let value = fact.values.first, let index = articleIndex[value.reference.article], lengths[index] > 0
            else { return 1 }
            return Double(value.reference.start) / Double(lengths[index])
        }
        let quotes = quoteAligner.align(
            analyzed, originals: originals, actor: actorIndex, actorName: { actors[$0].name },
            alike: sentencesAlike(sentences))
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
