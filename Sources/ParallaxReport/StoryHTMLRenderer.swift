import ParallaxCore

/// Renders a story report as one self-contained HTML page: inline CSS, an inline SVG coverage matrix
/// (facts × sources) and every piece of article text escaped.
public struct StoryHTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The HTML page.
    public func render(_ report: StoryReport) -> String {
        let e = HTMLText.escape
        var body: [String] = []
        body.append("<h1>Story report</h1>")
        body.append("<h2>Sources</h2><table><tr><th>outlet</th><th>published</th><th>title</th><th>article</th></tr>")
        for article in report.articles {
            let date = (article.published?.description ?? "unknown") + (article.publishedInferred ? " (inferred)" : "")
            let copy = article.duplicateOf.map { " (copy of \(e($0)))" } ?? ""
            body.append("<tr><td>\(e(article.source))</td><td>\(e(date))</td><td>\(e(article.title ?? ""))</td><td><code>\(e(article.id))</code>\(copy)</td></tr>")
        }
        body.append("</table>")
        if !report.summary.isEmpty {
            body.append("<h2>Summary</h2><ul>")
            for item in report.summary { body.append("<li>\(e(item.text)) <span class=src>\(e(item.source))</span></li>") }
            body.append("</ul>")
        }
        body.append("<h2>Actors</h2><table><tr><th>actor</th><th>type</th><th>roles</th><th>sources</th></tr>")
        for actor in report.actors {
            let roles = actor.roles + (actor.age.map { ["age \($0)"] } ?? [])
            body.append("<tr><td>\(e(actor.name))</td><td>\(actor.type.rawValue)</td><td>\(e(roles.joined(separator: "; ")))</td><td>\(e(actor.sources.joined(separator: ", ")))</td></tr>")
        }
        body.append("</table>")
        body.append("<h2>Coverage</h2>")
        body.append(coverageMatrix(report))
        body.append("<h2>Facts</h2>")
        for fact in report.facts {
            body.append("<div class=\"fact \(fact.verdict.rawValue)\"><h3>\(e(fact.id)) · \(e(fact.description)) <span class=verdict>\(fact.verdict.rawValue)</span></h3><table>")
            for value in fact.values {
                let ref = value.reference
                body.append("<tr><td>\(e(ref.source))</td><td><b>\(e(value.value))</b></td><td>“\(e(ref.text))”</td><td class=span>\(ref.start)–\(ref.end)</td></tr>")
            }
            body.append("</table></div>")
        }
        body.append("<h2>Who said what</h2>")
        for group in report.quotes {
            body.append("<div class=\"quote \(group.verdict.rawValue)\"><h3>\(e(group.speaker ?? "unknown speaker")) <span class=verdict>\(group.verdict.rawValue)</span></h3><ul>")
            for variant in group.variants {
                let ref = variant.reference
                body.append("<li><span class=src>\(e(ref.source))</span> “\(e(ref.text))” <span class=span>\(variant.kind.rawValue), \(ref.start)–\(ref.end)</span></li>")
            }
            body.append("</ul></div>")
        }
        body.append("<h2>Timeline</h2><ul>")
        for entry in report.timeline {
            let mentions = entry.mentions.map { "“\(e($0.text))” <span class=src>\(e($0.source))</span>" }
            body.append("<li><b>\(e(entry.value))</b> \(mentions.joined(separator: "; "))</li>")
        }
        body.append("</ul>")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Parallax story report</title>
            <style>
            body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
            .verdict{font-size:.8em;padding:.1em .5em;border-radius:.5em;background:#eee}
            .agree .verdict{background:#c8e6c9}.compatible .verdict{background:#dcedc8}.conflict .verdict{background:#ffcdd2}
            .single-source .verdict{background:#fff9c4}.src{color:#555;font-style:italic}.span{color:#888;font-size:.85em}
            </style></head><body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    /// An SVG grid: one row per fact, one column per source; filled cells give a value, coloured by verdict.
    func coverageMatrix(_ report: StoryReport) -> String {
        let sources = report.articles.map(\.source).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let cell = 22
        let labelWidth = 320
        let header = 24
        let width = labelWidth + cell * max(1, sources.count) + 10
        let height = header + cell * report.facts.count + 10
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"coverage matrix\">"]
        for (column, source) in sources.enumerated() {
            let x = labelWidth + column * cell + cell / 2
            svg.append("<text x=\"\(x)\" y=\"16\" font-size=\"11\" text-anchor=\"middle\">\(HTMLText.escape(String(source.prefix(3))))</text>")
        }
        let colours: [Verdict: String] = [.agree: "#66bb6a", .compatible: "#9ccc65", .conflict: "#ef5350", .singleSource: "#fdd835"]
        for (row, fact) in report.facts.enumerated() {
            let y = header + row * cell
            let label = MarkdownText.clip("\(fact.id) \(fact.description)", 48)
            svg.append("<text x=\"0\" y=\"\(y + 15)\" font-size=\"11\">\(HTMLText.escape(label))</text>")
            let given = Set(fact.values.map(\.reference.source))
            for (column, source) in sources.enumerated() {
                let fill = given.contains(source) ? colours[fact.verdict] ?? "#999" : "#f3f3f3"
                svg.append("<rect x=\"\(labelWidth + column * cell + 2)\" y=\"\(y + 2)\" width=\"\(cell - 4)\" height=\"\(cell - 4)\" fill=\"\(fill)\"><title>\(HTMLText.escape(source))</title></rect>")
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }
}
