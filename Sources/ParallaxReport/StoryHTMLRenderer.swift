import ParallaxCore

/// Renders a story report as one self-contained HTML page: inline CSS, inline SVG coverage matrix and
/// timeline, and every piece of article text escaped.
///
/// Sections carry stable ids for tools and tests: `sources`, `summary`, `actors`, `coverage`,
/// `claims`, `facts`, `conflicts`, `single-source`, `quotes`, `timeline`.
public struct StoryHTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The HTML page.
    public func render(_ report: StoryReport) -> String {
        page("<h1>Story report</h1>\n" + sections(report, idPrefix: "").joined(separator: "\n"))
    }

    /// One page for the reports of several stories, largest first: one `<article id="storyN">` each, its
    /// section ids prefixed with `storyN-` so that every id stays unique.
    public func render(_ reports: [StoryReport]) -> String {
        if reports.count == 1 { return render(reports[0]) }
        if reports.isEmpty { return page("<h1>Story reports</h1>\n<p>None.</p>") }
        let articles = reports.enumerated().map { number, report in
            "<article id=\"story\(number + 1)\"><h1>Story \(number + 1) of \(reports.count)</h1>\n"
                + sections(report, idPrefix: "story\(number + 1)-").joined(separator: "\n") + "\n</article>"
        }
        return page("<p>These articles report \(reports.count) different stories; one report each.</p>\n" + articles.joined(separator: "\n"))
    }

    /// The sections of one report, their ids prefixed with `idPrefix`.
    private func sections(_ report: StoryReport, idPrefix: String) -> [String] {
        let matrix = ClaimMatrix(report)
        let section = { (id: String, title: String, content: String) in self.section(idPrefix + id, title, content) }
        return [
            section("sources", "Sources", sources(report)),
            section("summary", "Summary", summary(report)),
            section("actors", "Actors", actors(report)),
            section("coverage", "Coverage", HTMLCoverageMatrix.svg(matrix)),
            section("claims", "Claim matrix", claims(matrix)),
            section("facts", "Facts across sources", facts(report.facts.filter { $0.verdict != .singleSource })),
            section("conflicts", "Conflicts", list(report.conflicts)),
            section("single-source", "Single-source facts", list(report.singleSourceFacts)),
            section("quotes", "Who said what", quotes(report)),
            section("timeline", "Timeline", HTMLTimeline.svg(report.timeline) + timelineList(report)),
        ]
    }

    /// The sections of one report as HTML (no page around them), for a page that brings its own head
    /// and style sheet (`stylesheet`).
    public func body(_ report: StoryReport) -> String {
        sections(report, idPrefix: "").joined(separator: "\n")
    }

    /// The report's CSS, inlined by `render` and served as a file by the server.
    public static let stylesheet = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}
        table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .verdict{font-size:.8em;padding:.1em .5em;border-radius:.5em;background:#eee}
        .agree .verdict,td.agree{background:#c8e6c9}.compatible .verdict,td.compatible{background:#dcedc8}
        .conflict .verdict,td.conflict{background:#ffcdd2}.single-source .verdict,td.single-source{background:#fff9c4}
        td.silent{color:#aaa}.src{color:#555;font-style:italic}.span{color:#888;font-size:.85em}.context{color:#555;font-size:.9em}
        .variants{display:flex;gap:1rem;flex-wrap:wrap}.variants blockquote{flex:1 1 18rem;margin:0;padding:.5rem;border-left:3px solid #bbb;background:#fafafa}
        svg{max-width:100%;height:auto}
        ul.values{margin:0;padding-left:1.1rem}ul.values details{display:inline}.silent{color:#888;font-size:.9em}
        """

    /// The page around `body`: head, inline style.
    private func page(_ body: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Parallax story report</title>
            <style>
            \(Self.stylesheet)
            </style></head><body>
            \(body)
            </body></html>

            """
    }

    private let e = HTMLText.escape

    private func section(_ id: String, _ title: String, _ content: String) -> String {
        "<section id=\"\(id)\"><h2>\(e(title))</h2>\n\(content.isEmpty ? "<p>None.</p>" : content)\n</section>"
    }

    private func sources(_ report: StoryReport) -> String {
        var rows = ["<table><tr><th>outlet</th><th>published</th><th>title</th><th>article</th></tr>"]
        for article in report.articles {
            let date = (article.published?.description ?? "unknown") + (article.publishedInferred ? " (inferred)" : "")
            let copy = article.duplicateOf.map { " (copy of \(e($0)))" } ?? ""
            rows.append(
                "<tr><td>\(e(article.source))</td><td>\(e(date))</td><td>\(e(article.title ?? ""))</td><td><code>\(e(article.id))</code>\(copy)</td></tr>"
            )
        }
        rows.append("</table>")
        return rows.joined(separator: "\n")
    }

    private func summary(_ report: StoryReport) -> String {
        guard !report.summary.isEmpty else { return "" }
        let items = report.summary.map { "<li>\(e($0.text)) <span class=src>\(e($0.source)), \($0.start)–\($0.end)</span></li>" }
        return "<ul>" + items.joined(separator: "\n") + "</ul>"
    }

    private func actors(_ report: StoryReport) -> String {
        var rows = ["<table><tr><th>actor</th><th>type</th><th>roles</th><th>sources</th></tr>"]
        for actor in report.actors {
            let roles = actor.roles + (actor.age.map { ["age \($0)"] } ?? [])
            rows.append(
                "<tr><td>\(e(actor.name))</td><td>\(actor.type.rawValue)</td><td>\(e(roles.joined(separator: "; ")))</td><td>\(e(actor.sources.joined(separator: ", ")))</td></tr>"
            )
        }
        rows.append("</table>")
        return rows.joined(separator: "\n")
    }

    /// Sources up to which the claim matrix has one column per article; above it, one row per fact
    /// lists each distinct value with the outlets that give it, so 50 outlets stay readable.
    public static let matrixColumns = 6

    private func claims(_ matrix: ClaimMatrix) -> String {
        guard !matrix.rows.isEmpty else { return "" }
        if matrix.sources.count > Self.matrixColumns { return groupedClaims(matrix) }
        var rows = ["<table class=claims><tr><th>fact</th><th>verdict</th>" + matrix.sources.map { "<th>\(e($0))</th>" }.joined() + "</tr>"]
        for item in matrix.rows {
            let cells = item.cells.map { value in
                value.map { "<td class=\"\(item.fact.verdict.rawValue)\">\(e($0))</td>" } ?? "<td class=silent>—</td>"
            }
            rows.append(
                "<tr><td>\(e(item.fact.id)) · \(e(item.fact.description))</td><td>\(item.fact.verdict.rawValue)</td>\(cells.joined())</tr>"
            )
        }
        rows.append("</table>")
        return rows.joined(separator: "\n")
    }

    /// The claim matrix of a story with many sources: per fact, each value once with its sources (the
    /// first five named, the rest folded), the most given value first, and how many sources are silent.
    private func groupedClaims(_ matrix: ClaimMatrix) -> String {
        var rows = ["<table class=\"claims grouped\"><tr><th>fact</th><th>verdict</th><th>values and the sources giving them</th></tr>"]
        for item in matrix.rows {
            var order: [String] = []
            var givers: [String: [String]] = [:]
            for (index, cell) in item.cells.enumerated() {
                guard let value = cell, index < matrix.sources.count else { continue }
                if givers[value] == nil { order.append(value) }
                givers[value, default: []].append(matrix.sources[index])
            }
            let ranked = order.enumerated().sorted { a, b in
                let (x, y) = (givers[a.element]?.count ?? 0, givers[b.element]?.count ?? 0)
                return x != y ? x > y : a.offset < b.offset
            }.map(\.element)
            let values = ranked.map { value -> String in
                let sources = givers[value] ?? []
                let named = sources.prefix(5).map(e).joined(separator: ", ")
                let folded = sources.count > 5
                    ? " <details><summary>+\(sources.count - 5) more</summary>\(sources.dropFirst(5).map(e).joined(separator: ", "))</details>" : ""
                return "<li><b>\(e(value))</b> — \(sources.count) source\(sources.count == 1 ? "" : "s"): \(named)\(folded)</li>"
            }
            let silent = item.cells.filter { $0 == nil }.count
            rows.append(
                "<tr><td>\(e(item.fact.id)) · \(e(item.fact.description))</td><td>\(item.fact.verdict.rawValue)</td>"
                    + "<td class=\"\(item.fact.verdict.rawValue)\"><ul class=values>\(values.joined())</ul>"
                    + (silent > 0 ? "<span class=silent>\(silent) silent</span>" : "") + "</td></tr>")
        }
        rows.append("</table>")
        return rows.joined(separator: "\n")
    }

    private func facts(_ facts: [Fact]) -> String {
        facts.map { fact in
            var rows = [
                "<div class=\"fact \(fact.verdict.rawValue)\" id=\"\(e(fact.id))\"><h3>\(e(fact.id)) · \(e(fact.description)) <span class=verdict>\(fact.verdict.rawValue)</span></h3>"
                    + (fact.consensus.map { "<p>All sources allow: <b>\(e($0))</b></p>" } ?? "") + "<table>"
            ]
            for value in fact.values {
                let ref = value.reference
                rows.append(
                    "<tr><td>\(e(ref.source))</td><td><b>\(e(value.value))</b></td><td>“\(e(ref.text))”<div class=context>\(e(value.context))</div></td><td class=span>\(ref.start)–\(ref.end)</td></tr>"
                )
            }
            rows.append("</table></div>")
            return rows.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    private func list(_ facts: [Fact]) -> String {
        guard !facts.isEmpty else { return "" }
        let items = facts.map { fact in
            let values = fact.values.map {
                "<span class=src>\(e($0.reference.source))</span>: <b>\(e($0.value))</b> “\(e($0.reference.text))” <span class=span>\($0.reference.start)–\($0.reference.end)</span>"
            }
            return "<li class=\"\(fact.verdict.rawValue)\">\(e(fact.id)) · \(e(fact.description)) — \(values.joined(separator: " vs "))</li>"
        }
        return "<ul>" + items.joined(separator: "\n") + "</ul>"
    }

    private func quotes(_ report: StoryReport) -> String {
        report.quotes.map { group in
            let variants = group.variants.map { variant in
                let ref = variant.reference
                return "<blockquote>“\(e(ref.text))”<br><span class=src>\(e(ref.source))</span> <span class=span>\(variant.kind.rawValue), \(ref.start)–\(ref.end)</span></blockquote>"
            }
            let outlets = group.variants.map(\.reference.source).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return "<div class=\"quote \(group.verdict.rawValue)\"><h3>\(e(group.speaker ?? "unknown speaker")) <span class=verdict>\(group.verdict.rawValue)</span> <span class=src>\(e(outlets.joined(separator: ", ")))</span></h3><div class=variants>\(variants.joined())</div></div>"
        }.joined(separator: "\n")
    }

    private func timelineList(_ report: StoryReport) -> String {
        guard !report.timeline.isEmpty else { return "" }
        let items = report.timeline.map { entry in
            let mentions = entry.mentions.map { "“\(e($0.text))” <span class=src>\(e($0.source)) \($0.start)–\($0.end)</span>" }
            return "<li><b>\(e(entry.value))</b> \(mentions.joined(separator: "; "))</li>"
        }
        return "<ul>" + items.joined(separator: "\n") + "</ul>"
    }
}
