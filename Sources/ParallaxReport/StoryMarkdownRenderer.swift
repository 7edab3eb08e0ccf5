import ParallaxCore

/// Renders a story report as Markdown: sources, summary, actors, aligned facts, quotes, timeline,
/// conflicts and single-source facts, each value with its outlet and character span.
public struct StoryMarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown text.
    public func render(_ report: StoryReport) -> String {
        var out: [String] = []
        let independent = report.articles.filter { $0.duplicateOf == nil }.count
        out.append("# Story report")
        out.append("")
        out.append("## Sources")
        out.append("")
        out.append("\(report.articles.count) articles, \(independent) independent.")
        out.append("")
        out.append("| outlet | published | title | article |")
        out.append("|---|---|---|---|")
        for article in report.articles {
            var date = article.published?.description ?? "unknown"
            if article.publishedInferred { date += " (inferred)" }
            var id = article.id
            if let original = article.duplicateOf { id += " (copy of \(original))" }
            out.append("| \(MarkdownText.cell(article.source)) | \(date) | \(MarkdownText.cell(article.title ?? "")) | \(id) |")
        }
        if !report.summary.isEmpty {
            out.append("")
            out.append("## Summary")
            out.append("")
            for item in report.summary { out.append("- \(MarkdownText.cell(item.text)) — *\(MarkdownText.cell(item.source))*") }
        }
        out.append("")
        out.append("## Actors")
        out.append("")
        if report.actors.isEmpty {
            out.append("No named actors found.")
        } else {
            out.append("| actor | type | roles | sources |")
            out.append("|---|---|---|---|")
            for actor in report.actors {
                var roles = actor.roles
                if let age = actor.age { roles.append("age \(age)") }
                out.append(
                    "| \(MarkdownText.cell(actor.name)) | \(actor.type.rawValue) | \(MarkdownText.cell(roles.joined(separator: "; "))) | \(MarkdownText.cell(actor.sources.joined(separator: ", "))) |"
                )
            }
        }
        let aligned = report.facts.filter { $0.verdict != .singleSource }
        let matrix = ClaimMatrix(report)
        if !aligned.isEmpty {
            out.append("")
            out.append("## Claim matrix")
            out.append("")
            out.append("| fact | verdict | " + matrix.sources.map(MarkdownText.cell).joined(separator: " | ") + " |")
            out.append("|---|---|" + String(repeating: "---|", count: matrix.sources.count))
            for row in matrix.rows where row.fact.verdict != .singleSource {
                let cells = row.cells.map { $0.map(MarkdownText.cell) ?? "—" }
                out.append(
                    "| \(row.fact.id) · \(MarkdownText.cell(MarkdownText.clip(row.fact.description, 40))) | \(row.fact.verdict.rawValue) | "
                        + cells.joined(separator: " | ") + " |")
            }
        }
        out.append("")
        out.append("## Facts across sources")
        out.append("")
        if aligned.isEmpty {
            out.append("No fact is given by more than one independent source.")
            out.append("")
        }
        for fact in aligned {
            out.append("### \(fact.id) · \(MarkdownText.cell(fact.description)) — **\(fact.verdict.rawValue)**")
            out.append("")
            if let consensus = fact.consensus {
                out.append("All sources allow: **\(MarkdownText.cell(consensus))**")
                out.append("")
            }
            out.append("| source | value | text | span |")
            out.append("|---|---|---|---|")
            for value in fact.values {
                let ref = value.reference
                out.append("| \(MarkdownText.cell(ref.source)) | \(MarkdownText.cell(value.value)) | “\(MarkdownText.cell(ref.text))” | \(ref.start)–\(ref.end) |")
            }
            out.append("")
        }
        out.append("## Who said what")
        out.append("")
        if report.quotes.isEmpty { out.append("No quotations found.") }
        for group in report.quotes {
            let sources = Set(group.variants.map(\.reference.source)).count
            out.append("- **\(MarkdownText.cell(group.speaker ?? "unknown speaker"))** — \(group.verdict.rawValue), \(sources) source\(sources == 1 ? "" : "s")")
            for variant in group.variants {
                let ref = variant.reference
                out.append("  - *\(MarkdownText.cell(ref.source))* (\(variant.kind.rawValue), \(ref.start)–\(ref.end)): “\(MarkdownText.cell(MarkdownText.clip(ref.text, 240)))”")
            }
        }
        out.append("")
        out.append("## Timeline")
        out.append("")
        if report.timeline.isEmpty { out.append("No resolved dates.") }
        for entry in report.timeline {
            let mentions = entry.mentions.map { "“\(MarkdownText.cell($0.text))” (\(MarkdownText.cell($0.source)) \($0.start)–\($0.end))" }
            out.append("- **\(entry.value)** (\(ValueFormatter.describe(DayInterval(first: entry.first, last: entry.last)))): \(mentions.joined(separator: "; "))")
        }
        out.append("")
        out.append("## Conflicts")
        out.append("")
        let conflicts = report.conflicts
        let quoteConflicts = report.quotes.filter { $0.verdict == .conflict }
        if conflicts.isEmpty && quoteConflicts.isEmpty { out.append("No conflicts found.") }
        for fact in conflicts {
            let values = fact.values.map { "\(MarkdownText.cell($0.reference.source)): \(MarkdownText.cell($0.value))" }
            out.append("- \(fact.id) \(MarkdownText.cell(fact.description)) — \(values.joined(separator: " vs "))")
        }
        for group in quoteConflicts {
            let speakers = group.variants.map { "\(MarkdownText.cell($0.reference.source)): \(MarkdownText.cell($0.speaker ?? "unknown"))" }
            out.append("- quote “\(MarkdownText.cell(MarkdownText.clip(group.variants.first?.reference.text ?? "", 80)))” attributed to different speakers — \(speakers.joined(separator: " vs "))")
        }
        out.append("")
        out.append("## Single-source facts")
        out.append("")
        let single = report.singleSourceFacts
        if single.isEmpty { out.append("None.") }
        for fact in single {
            guard let value = fact.values.first else { continue }
            out.append("- \(fact.id) \(MarkdownText.cell(fact.description)) = \(MarkdownText.cell(value.value)) — *\(MarkdownText.cell(value.reference.source))*: “\(MarkdownText.cell(value.reference.text))” (\(value.reference.start)–\(value.reference.end))")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
