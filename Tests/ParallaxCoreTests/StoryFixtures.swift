import Foundation
@testable import ParallaxCore

/// Builds analyzed articles by hand, so reconciliation is tested apart from the recognizers.
enum StoryFixtures {
    /// An analyzed article whose annotations are given as (substring, value) pairs located in `text`.
    static func article(
        id: String, source: String, text: String, published: String? = "2026-01-14",
        quantities: [(String, QuantityKind, String?, ValueInterval, Hedge?)] = [],
        quotes: [(String, String?)] = [],
        people: [String] = []
    ) -> AnalyzedArticle {
        let buffer = TextBuffer(text)
        func span(of needle: String) -> TextSpan {
            guard let range = text.range(of: needle) else { return TextSpan(start: 0, end: 0) }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            return TextSpan(start: start, end: start + needle.unicodeScalars.count)
        }
        var clusters: [EntityCluster] = []
        var mentions: [EntityMention] = []
        for (index, person) in people.enumerated() {
            clusters.append(EntityCluster(id: index, name: person, type: .person, aliases: [person]))
            mentions.append(EntityMention(span: span(of: person), text: person, type: .person, entity: index))
        }
        let sentences = splitSentences(text)
        return AnalyzedArticle(
            article: Article(id: id, source: source, published: published.flatMap { CalendarDate(iso: $0) }, text: text),
            sentences: sentences.map { buffer.span(bytes: $0) },
            entities: mentions.sorted { $0.span < $1.span },
            clusters: clusters,
            quotes: quotes.map { content, speaker in
                let speakerId = speaker.flatMap { name in people.firstIndex(of: name) }
                return Quote(
                    span: span(of: content), text: content, kind: .direct, cue: nil,
                    speaker: speaker.map { SpeakerMention(span: span(of: $0), text: $0, entity: speakerId) })
            },
            quantities: quantities.map { text, kind, unit, value, hedge in
                Quantity(span: span(of: text), text: text, kind: kind, unit: unit, value: value, hedge: hedge)
            },
            times: []
        )
    }

    /// Byte ranges of ". "-separated sentences.
    static func splitSentences(_ text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var result: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: ".") {
            result.append(start..<(index + 1))
            start = index + 2
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }
}
