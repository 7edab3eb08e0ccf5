/// Orders the story's resolved dates into a timeline, one entry per normalized value.
public struct TimelineBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// The timeline of `articles`, earliest first.
    public func timeline(of articles: [AnalyzedArticle]) -> [TimelineEntry] {
        var entries: [String: TimelineEntry] = [:]
        for analyzed in articles {
            for time in analyzed.times where time.type == .date && time.resolved {
                guard let days = time.days else { continue }
                let reference = SourceReference(
                    article: analyzed.article.id, source: analyzed.article.source, text: time.text, span: time.span)
                entries[time.value, default: TimelineEntry(value: time.value, first: days.first, last: days.last, mentions: [])]
                    .mentions.append(reference)
            }
        }
        return entries.values.sorted { ($0.first, $0.last.dayNumber, $0.value) < ($1.first, $1.last.dayNumber, $1.value) }
    }
}
