import ParallaxCore

/// Renders one analyzed article as Markdown: metadata, entities, quotes, figures and dates.
public struct ArticleMarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown text.
    public func render(_ analyzed: AnalyzedArticle) -> String {
        let article = analyzed.article
        var out: [String] = []
        out.append("# \(MarkdownText.cell(article.title ?? article.source))")
        out.append("")
        out.append("- outlet: \(MarkdownText.cell(article.source))")
        out.append("- id: \(article.id)")
        out.append("- published: \(article.published?.description ?? "unknown")")
        if let dateline = article.dateline { out.append("- dateline: \(MarkdownText.cell(dateline))") }
        out.append("- sentences: \(analyzed.sentences.count)")
        out.append("")
        out.append("## Entities")
        out.append("")
        for cluster in analyzed.clusters {
            var line = "- **\(MarkdownText.cell(cluster.name))** (\(cluster.type.rawValue))"
            if cluster.aliases.count > 1 { line += " — also: \(cluster.aliases.filter { $0 != cluster.name }.map(MarkdownText.cell).joined(separator: ", "))" }
            if !cluster.roles.isEmpty { line += " — roles: \(cluster.roles.map(MarkdownText.cell).joined(separator: "; "))" }
            if let age = cluster.age { line += " — age \(age)" }
            out.append(line)
        }
        out.append("")
        out.append("## Quotes")
        out.append("")
        for quote in analyzed.quotes {
            let speaker = quote.speaker.map { speaker in analyzed.cluster(speaker.entity)?.name ?? speaker.text } ?? "unknown"
            out.append("- \(quote.kind.rawValue), **\(MarkdownText.cell(speaker))**\(quote.cue.map { " (\(MarkdownText.cell($0.text)))" } ?? ""): “\(MarkdownText.cell(MarkdownText.clip(quote.text, 240)))” [\(quote.span.start)–\(quote.span.end)]")
        }
        out.append("")
        out.append("## Figures")
        out.append("")
        for quantity in analyzed.quantities {
            out.append("- “\(MarkdownText.cell(quantity.text))” → \(quantity.kind.rawValue) \(MarkdownText.cell(ValueFormatter.describe(quantity))) [\(quantity.span.start)–\(quantity.span.end)]")
        }
        out.append("")
        out.append("## Dates and times")
        out.append("")
        for time in analyzed.times {
            out.append("- “\(MarkdownText.cell(time.text))” → \(time.type.rawValue) \(time.value)\(time.resolved ? "" : " (unresolved)") [\(time.span.start)–\(time.span.end)]")
        }
        out.append("")
        out.append("## Statements")
        out.append("")
        func names(_ ids: [Int]) -> String {
            ids.compactMap { analyzed.cluster($0)?.name }.map(MarkdownText.cell).joined(separator: ", ")
        }
        for statement in analyzed.statements {
            var line = "- \(names(statement.subjects)) → **\(MarkdownText.cell(statement.predicate.lemma))**"
            if !statement.objects.isEmpty { line += " → \(names(statement.objects))" }
            if let place = statement.place.flatMap({ analyzed.cluster($0)?.name }) { line += " in \(MarkdownText.cell(place))" }
            let labels = statement.modality.labels
            if !labels.isEmpty { line += " (\(labels.joined(separator: ", ")))" }
            line += " [\(statement.span.start)–\(statement.span.end)]"
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }
}
