import ParallaxCore

/// Facts × sources: what each outlet says for each fact — its value, or nothing (silent).
///
/// Columns are the distinct outlets in article order; a cell holds the outlet's values for the fact
/// (joined when an outlet has several articles). Renderers mark a row's cells by the fact's verdict.
public struct ClaimMatrix: Sendable {
    /// Outlets, in article order.
    public let sources: [String]
    /// One row per fact: the fact and each outlet's value, nil when the outlet is silent on it.
    public let rows: [(fact: Fact, cells: [String?])]

    /// Builds the matrix of a report's facts.
    public init(_ report: StoryReport) {
        let sources = report.articles.map(\.source).firstOccurrences()
        self.sources = sources
        self.rows = report.facts.map { fact in
            let cells = sources.map { source -> String? in
                // Several articles of one outlet often give the same value: each distinct value once, with
                // how many of its articles give it.
                var order: [String] = []
                var counts: [String: Int] = [:]
                for value in fact.values where value.reference.source == source {
                    if counts[value.value] == nil { order.append(value.value) }
                    counts[value.value, default: 0] += 1
                }
                guard !order.isEmpty else { return nil }
                return order.map { value in (counts[value] ?? 1) > 1 ? "\(value) (×\(counts[value] ?? 1))" : value }.joined(separator: "; ")
            }
            return (fact, cells)
        }
    }
}
