/// Runs the per-article analysis: tokens, sentences, parts of speech, entities, quotes, quantities,
/// times and statements, into one `AnalyzedArticle`.
///
/// Each stage sits behind a protocol so a better implementation replaces it without touching the
/// data model. `analyze` is a pure function of the article: no I/O, no shared state. The document it
/// returns is all that later stages read; `redated(_:to:)` reruns only the stages that depend on the
/// creation date, from the document's own token layer.
public struct Analyzer: Sendable {
    /// The tokenizer.
    public var tokenizer: Tokenizer
    /// The sentence splitter.
    public var splitter: SentenceSplitter
    /// Named-entity recognition (and the parts of speech it tags on the way).
    public var entityRecognizer: any EntityRecognizer
    /// In-article entity resolution.
    public var entityResolver: any EntityResolver
    /// Quotation extraction.
    public var quoteExtractor: any QuoteExtractor
    /// Quantity recognition.
    public var quantityRecognizer: any QuantityRecognizer
    /// Temporal expression recognition.
    public var timeRecognizer: any TimeRecognizer
    /// Who-did-what statements.
    public var statementReader: StatementReader

    /// The statistical recognizer with the bundled models; the gazetteer recognizer if they cannot be loaded.
    public static var defaultEntityRecognizer: any EntityRecognizer {
        BundledTaggers.preload()
        return switch (BundledTaggers.partOfSpeech, BundledTaggers.namedEntities) {
        case (.success(let pos), .success(let ner)): PerceptronEntityRecognizer(partsOfSpeech: pos, entities: ner)
        default: GazetteerEntityRecognizer()
        }
    }

    /// Creates an analyzer; every stage defaults to Parallax's current implementation.
    public init(
        tokenizer: Tokenizer = Tokenizer(),
        splitter: SentenceSplitter = SentenceSplitter(),
        entityRecognizer: any EntityRecognizer = Analyzer.defaultEntityRecognizer,
        entityResolver: any EntityResolver = NameEntityResolver(),
        quoteExtractor: any QuoteExtractor = AttributionExtractor(),
        quantityRecognizer: any QuantityRecognizer = PatternQuantityRecognizer(),
        timeRecognizer: any TimeRecognizer = PatternTimeRecognizer(),
        statementReader: StatementReader = StatementReader()
    ) {
        self.tokenizer = tokenizer
        self.splitter = splitter
        self.entityRecognizer = entityRecognizer
        self.entityResolver = entityResolver
        self.quoteExtractor = quoteExtractor
        self.quantityRecognizer = quantityRecognizer
        self.timeRecognizer = timeRecognizer
        self.statementReader = statementReader
    }

    /// Analyzes one article. `documentDate` overrides the article's own publication date.
    public func analyze(_ article: Article, documentDate: CalendarDate? = nil) -> AnalyzedArticle {
        var timings = StageTimings()
        return analyze(article, documentDate: documentDate, timings: &timings)
    }

    /// Analyzes one article and adds each stage's time to `timings`.
    public func analyze(_ article: Article, documentDate: CalendarDate? = nil, timings: inout StageTimings)
        -> AnalyzedArticle
    {
        let clock = ContinuousClock()
        var start = clock.now
        func lap(_ stage: AnalysisStage) {
            let now = clock.now
            timings.add(now - start, to: stage)
            start = now
        }
        let buffer = TextBuffer(article.text)
        let tokens = tokenizer.tokenize(buffer.bytes)
        lap(.tokenize)
        let sentences = splitter.split(tokens, in: buffer.bytes)
        lap(.sentences)
        let text = TokenizedText(buffer: buffer, tokens: tokens, sentences: sentences)
        let (mentions, partsOfSpeech) = entityRecognizer.tagged(text)
        lap(.entities)
        let resolution = entityResolver.resolve(mentions, in: text)
        lap(.resolution)
        let quotes = quoteExtractor.quotes(in: text, entities: resolution)
        lap(.quotes)
        let quantities = quantityRecognizer.quantities(in: text)
        lap(.quantities)
        var dated = article
        if let documentDate { dated.published = documentDate }
        let times = timeRecognizer.times(in: text, documentDate: dated.published)
        lap(.times)
        var analyzed = AnalyzedArticle(
            article: dated,
            tokens: text.articleTokens(partsOfSpeech: partsOfSpeech),
            sentences: sentences.map { buffer.span(bytes: $0.bytes) },
            entities: resolution.mentions,
            clusters: resolution.clusters,
            quotes: quotes,
            quantities: quantities,
            times: times
        )
        analyzed.statements = statementReader.statements(in: text, analyzed: analyzed)
        lap(.statements)
        return analyzed
    }

    /// The article as if written on `date`: its times and the statements that index them are read
    /// again from the document's token layer; every other layer is kept as it is.
    public func redated(_ analyzed: AnalyzedArticle, to date: CalendarDate) -> AnalyzedArticle {
        let text = TokenizedText(analyzed)
        var redated = analyzed
        redated.article.published = date
        redated.times = timeRecognizer.times(in: text, documentDate: date)
        redated.statements = statementReader.statements(in: text, analyzed: redated)
        return redated
    }
}
