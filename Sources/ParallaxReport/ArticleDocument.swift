import ParallaxCore

/// The `parallax/article@2` JSON form of an analyzed article (documented in `docs/schema.md`).
///
/// Flat spans (`start`, `end` in Unicode scalars), explicit nulls for unknown fields, and no
/// infinities: an unbounded interval end is null with its `lowOpen`/`highOpen` flag.
public struct ArticleDocument: Encodable, Sendable {
    /// The schema name and version.
    public static let schema = "parallax/article@2"
    /// The analyzed article.
    public let analyzed: AnalyzedArticle
    /// Whether the token layer is written (`tokens`); off by default to keep the output small.
    public let includesTokens: Bool

    /// Wraps an analyzed article; `includesTokens` adds the token layer.
    public init(_ analyzed: AnalyzedArticle, includesTokens: Bool = false) {
        self.analyzed = analyzed
        self.includesTokens = includesTokens
    }

    private enum Keys: String, CodingKey {
        case schema, id, source, url, title, published, dateline, text, tokens, sentences, entities, clusters, quotes,
            quantities, times, statements
    }

    private struct SpanOnly: Encodable {
        let start: Int
        let end: Int
    }

    private struct SpanWithText: Encodable {
        let start: Int
        let end: Int
        let text: String
        init(_ span: TextSpan, _ text: String) {
            (start, end, self.text) = (span.start, span.end, text)
        }
    }

    private struct Mention: Encodable {
        let start: Int, end: Int, text: String, type: String, entity: Int?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(type, forKey: .type)
            try c.encode(entity, forKey: .entity)
        }
        enum K: String, CodingKey { case start, end, text, type, entity }
    }

    private struct Speaker: Encodable {
        let start: Int, end: Int, text: String, entity: Int?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(entity, forKey: .entity)
        }
        enum K: String, CodingKey { case start, end, text, entity }
    }

    private struct QuoteItem: Encodable {
        let quote: Quote
        enum K: String, CodingKey { case start, end, text, kind, cue, speaker, listener, via, parts }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(quote.span.start, forKey: .start)
            try c.encode(quote.span.end, forKey: .end)
            try c.encode(quote.text, forKey: .text)
            try c.encode(quote.kind.rawValue, forKey: .kind)
            try c.encode(quote.cue.map { SpanWithText($0.span, $0.text) }, forKey: .cue)
            func person(_ mention: SpeakerMention?) -> Speaker? {
                mention.map { Speaker(start: $0.span.start, end: $0.span.end, text: $0.text, entity: $0.entity) }
            }
            try c.encode(person(quote.speaker), forKey: .speaker)
            try c.encode(person(quote.listener), forKey: .listener)
            try c.encode(person(quote.via), forKey: .via)
            if let parts = quote.parts {
                try c.encodeIfPresent(parts.map { ["start": $0.start, "end": $0.end] }, forKey: .parts)
            }
        }
    }

    private struct QuantityItem: Encodable {
        let quantity: Quantity
        enum K: String, CodingKey { case start, end, text, kind, unit, low, high, lowOpen, highOpen, hedge }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            let value = quantity.value
            try c.encode(quantity.span.start, forKey: .start)
            try c.encode(quantity.span.end, forKey: .end)
            try c.encode(quantity.text, forKey: .text)
            try c.encode(quantity.kind.rawValue, forKey: .kind)
            try c.encode(quantity.unit, forKey: .unit)
            try c.encode(value.low.isFinite ? value.low : nil, forKey: .low)
            try c.encode(value.high.isFinite ? value.high : nil, forKey: .high)
            try c.encode(value.lowOpen, forKey: .lowOpen)
            try c.encode(value.highOpen, forKey: .highOpen)
            try c.encode(quantity.hedge?.rawValue, forKey: .hedge)
        }
    }

    private struct TimeItem: Encodable {
        let time: TimeExpression
        enum K: String, CodingKey { case start, end, text, type, value, resolved, first, last }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(time.span.start, forKey: .start)
            try c.encode(time.span.end, forKey: .end)
            try c.encode(time.text, forKey: .text)
            try c.encode(time.type.rawValue, forKey: .type)
            try c.encode(time.value, forKey: .value)
            try c.encode(time.resolved, forKey: .resolved)
            try c.encode(time.days?.first, forKey: .first)
            try c.encode(time.days?.last, forKey: .last)
        }
    }

    private struct TokenItem: Encodable {
        let start: Int, end: Int, text: String, kind: String, pos: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(kind, forKey: .kind)
            try c.encode(pos, forKey: .pos)
        }
        enum K: String, CodingKey { case start, end, text, kind, pos }
    }

    /// An entity taking part in a statement: its cluster id and name.
    private struct Participant: Encodable {
        let entity: Int, name: String
    }

    private struct StatementItem: Encodable {
        let statement: Statement
        let text: String
        let analyzed: AnalyzedArticle
        enum K: String, CodingKey {
            case start, end, text, predicate, subjects, objects, quantities, times, place, source, modality
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            func participant(_ id: Int?) -> Participant? {
                id.flatMap { id in analyzed.cluster(id).map { Participant(entity: id, name: $0.name) } }
            }
            let predicate = statement.predicate
            try c.encode(statement.span.start, forKey: .start)
            try c.encode(statement.span.end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(
                PredicateItem(
                    start: predicate.span.start, end: predicate.span.end, text: predicate.text, lemma: predicate.lemma,
                    class: predicate.predicateClass.rawValue), forKey: .predicate)
            try c.encode(statement.subjects.compactMap(participant), forKey: .subjects)
            try c.encode(statement.objects.compactMap(participant), forKey: .objects)
            try c.encode(statement.quantities, forKey: .quantities)
            try c.encode(statement.times, forKey: .times)
            try c.encode(participant(statement.place), forKey: .place)
            try c.encode(participant(statement.source), forKey: .source)
            try c.encode(statement.modality, forKey: .modality)
        }
    }

    private struct PredicateItem: Encodable {
        let start: Int, end: Int, text: String, lemma: String, `class`: String
    }

    /// Encodes the document.
    public func encode(to encoder: Encoder) throws {
        let article = analyzed.article
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(Self.schema, forKey: .schema)
        try c.encode(article.id, forKey: .id)
        try c.encode(article.source, forKey: .source)
        try c.encode(article.url, forKey: .url)
        try c.encode(article.title, forKey: .title)
        try c.encode(article.published, forKey: .published)
        try c.encode(article.dateline, forKey: .dateline)
        try c.encode(article.text, forKey: .text)
        if includesTokens {
            let texts = analyzed.texts(of: analyzed.tokens.map(\.span))
            let tokens = zip(analyzed.tokens, texts).map { token, text in
                TokenItem(
                    start: token.span.start, end: token.span.end, text: text, kind: "\(token.kind)", pos: token.partOfSpeech)
            }
            try c.encode(tokens, forKey: .tokens)
        }
        try c.encode(analyzed.sentences.map { SpanOnly(start: $0.start, end: $0.end) }, forKey: .sentences)
        try c.encode(
            analyzed.entities.map {
                Mention(start: $0.span.start, end: $0.span.end, text: $0.text, type: $0.type.rawValue, entity: $0.entity)
            }, forKey: .entities)
        try c.encode(analyzed.clusters, forKey: .clusters)
        try c.encode(analyzed.quotes.map(QuoteItem.init), forKey: .quotes)
        try c.encode(analyzed.quantities.map(QuantityItem.init), forKey: .quantities)
        try c.encode(analyzed.times.map(TimeItem.init), forKey: .times)
        let statementTexts = analyzed.texts(of: analyzed.statements.map(\.span))
        try c.encode(
            zip(analyzed.statements, statementTexts).map { StatementItem(statement: $0, text: $1, analyzed: analyzed) },
            forKey: .statements)
    }
}
