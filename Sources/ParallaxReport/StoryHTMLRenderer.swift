import ParallaxCore

/// Renders a story report as one self-contained HTML page: inline CSS, inline SVG coverage matrix and
/// timeline, and every piece of article text escaped.
///
/// Sections carry stable ids for tools and tests: `sources`, `summary`, `actors`, `coverage`,
/// `claims`, `facts`, `conflicts`, `single-source`, `quotes`, `timeline`.
public struct StoryHTMLRenderer: Sendable {
    /// Whether each character span links to the served article page at those words (`parallax serve`);
    /// off for the self-contained page `compare` writes.
    public var linksArticles: Bool

    /// For served pages: the most items a section lists before a link to the page with all of them
    /// (`sectionLink` + the section id); nil lists everything (the self-contained `compare` page).
    public var inlineItems: Int?
    /// Where a section's full list is served: the section id is appended (`/stories/7?all=`).
    public var sectionLink: String
    /// The one section listed in full whatever `inlineItems` says (the page a "All N facts" link opens).
    public var fullSection: String?

    /// Creates a renderer; `linksArticles` for pages served next to the article pages, `inlineItems`
    /// and `sectionLink` to bound each section's list there, `fullSection` to lift the bound for one.
    public init(linksArticles: Bool = false, inlineItems: Int? = nil, sectionLink: String = "", fullSection: String? = nil) {
        self.linksArticles = linksArticles
        self.inlineItems = inlineItems
        self.sectionLink = sectionLink
        self.fullSection = fullSection
    }

    /// The bound of section `id`'s list (`inlineItems`), unless it is the full section.
    private func limit(_ id: String) -> HTMLFold.Limit? {
        guard let inlineItems, id != fullSection else { return nil }
        return HTMLFold.Limit(items: inlineItems, link: HTMLText.escape(sectionLink + id) + "#" + id)
    }

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

    /// The sections of one report, their ids prefixed with `idPrefix`, in reading order: what the story
    /// is, where outlets disagree, the claim matrix, who said what, the agreed facts, then dates,
    /// coverage, single-source facts, actors and the articles. Long lists are folded
    /// (`HTMLFold`), each fact and statement is one line until opened, and a contents line links every
    /// section with its count.
    private func sections(_ report: StoryReport, idPrefix: String) -> [String] {
        let matrix = ClaimMatrix(report)
        let crossSource = report.facts.filter { $0.verdict != .singleSource && $0.verdict != .conflict }
        let parts: [(id: String, title: String, count: Int?, content: String)] = [
            ("summary", "Summary", nil, summary(report)),
            ("conflicts", "Conflicts", report.conflicts.count,
             HTMLFactList(idPrefix: idPrefix, links: linksArticles, limit: limit("conflicts"), open: true).html(report.conflicts, shown: 10, noun: "conflicts")),
            ("claims", "Claim matrix", matrix.rows.count, claims(matrix, idPrefix: idPrefix)),
            ("quotes", "Who said what", report.quotes.count, HTMLQuoteList(idPrefix: idPrefix, links: linksArticles, limit: limit("quotes")).html(report.quotes)),
            ("facts", "Facts across sources", crossSource.count, HTMLFactList(idPrefix: idPrefix, links: linksArticles, limit: limit("facts")).html(crossSource)),
            ("timeline", "Timeline", report.timeline.count, HTMLTimeline.svg(report.timeline) + timelineList(report, idPrefix: idPrefix)),
            ("coverage", "Coverage", nil, HTMLCoverageChart.svg(report)),
            ("single-source", "Single-source facts", report.singleSourceFacts.count,
             HTMLFactList(idPrefix: idPrefix, links: linksArticles, limit: limit("single-source")).html(report.singleSourceFacts, shown: 5, noun: "single-source facts")),
            ("actors", "Actors", report.actors.count, actors(report, idPrefix: idPrefix)),
            ("sources", "Sources", report.articles.count, sources(report)),
        ]
        let contents = parts.map { part in
            "<a href=\"#\(idPrefix + part.id)\">\(e(part.title))\(part.count.map { " (\($0))" } ?? "")</a>"
        }
        return ["<nav class=toc aria-label=\"Report sections\">" + contents.joined(separator: " ") + "</nav>"]
            + parts.map { section(idPrefix + $0.id, $0.title, $0.content) }
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
        ul.values{margin:0;padding-left:1.1rem}ul.values details,details.inline{display:inline}.silent{color:#888;font-size:.9em}
        .toc{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9em;padding:.5rem 0;border-bottom:1px solid #eee}
        details.fact,details.quote{border-left:4px solid #ddd;padding:.2rem .5rem;margin:.3rem 0}
        details.agree{border-left-color:#66bb6a}details.compatible{border-left-color:#9ccc65}details.conflict{border-left-color:#ef5350}details.single-source{border-left-color:#fdd835}
        summary{cursor:pointer}details[open]>summary{margin-bottom:.3rem}.fid{font-family:monospace;color:#555}
        summary .values{color:#444;font-size:.9em}summary q{color:#444}summary:focus-visible,a:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
        details.more{margin:.4rem 0}details.more>summary{color:#0b57d0}:target{background:#fff8d6}
        .variants blockquote{min-width:0;overflow-wrap:anywhere}table.fact-values td:nth-child(3){min-width:12rem}
        @media (max-width:40rem){.variants{display:block}.variants blockquote{margin:.3rem 0}table{display:block;overflow-x:auto}
        table.claims,.claims tbody,.claims tr,.claims td{display:block;border:none}.claims tr:first-child{display:none}
        .claims tr{border-bottom:1px solid #ddd;padding:.4rem 0}.claims td{padding:.1rem .3rem}.claims td[data-source]::before{content:attr(data-source) ": ";color:#555;font-style:italic}.claims td.silent{display:none}}
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
        let rows = report.articles.map { article in
            let date = (article.published?.description ?? "unknown") + (article.publishedInferred ? " (inferred)" : "")
            let copy = article.duplicateOf.map { " (copy of \(e($0)))" } ?? ""
            let id = linksArticles ? "<a href=\"/articles/\(HTMLSourceLink.path(article.id))\"><code>\(e(article.id))</code></a>" : "<code>\(e(article.id))</code>"
            return "<tr><td>\(e(article.source))</td><td>\(e(date))</td><td>\(e(article.title ?? ""))</td><td>\(id)\(copy)</td></tr>"
        }
        return HTMLFold.items(rows, shown: 10, page: 50, noun: "articles", limit: limit("sources")) {
            "<table><tr><th>outlet</th><th>published</th><th>title</th><th>article</th></tr>\n" + $0.joined(separator: "\n") + "</table>"
        }
    }

    private func summary(_ report: StoryReport) -> String {
        guard !report.summary.isEmpty else { return "" }
        let items = report.summary.map { "<li>\(e($0.text)) <span class=src>\(e($0.source)), \(HTMLSourceLink.span($0, linked: linksArticles))</span></li>" }
        return "<ul>" + items.joined(separator: "\n") + "</ul>"
    }

    private func actors(_ report: StoryReport, idPrefix: String) -> String {
        let rows = report.actors.enumerated().map { index, actor in
            let roles = actor.roles + (actor.age.map { ["age \($0)"] } ?? [])
            let outlets = actor.sources.prefix(6).joined(separator: ", ") + (actor.sources.count > 6 ? " +\(actor.sources.count - 6)" : "")
            return "<tr id=\"\(idPrefix + ReportAnchor.actor(index))\"><td>\(e(actor.name))</td><td>\(actor.type.rawValue)</td><td>\(e(roles.joined(separator: "; ")))</td><td>\(e(outlets))</td></tr>"
        }
        return HTMLFold.items(rows, shown: 10, page: 40, noun: "actors", limit: limit("actors")) {
            "<table><tr><th>actor</th><th>type</th><th>roles</th><th>sources</th></tr>\n" + $0.joined(separator: "\n") + "</table>"
        }
    }

    /// Sources up to which the claim matrix has one column per article; above it, one row per fact
    /// lists each distinct value with the outlets that give it, so 50 outlets stay readable.
    public static let matrixColumns = 6

    /// Claim-matrix rows shown before the rest fold.
    static let matrixRows = 12

    /// The claim matrix: conflicts first, then the facts most outlets give; each fact links to its
    /// toggle below.
    private func claims(_ matrix: ClaimMatrix, idPrefix: String) -> String {
        guard !matrix.rows.isEmpty else { return "" }
        let order: [Verdict: Int] = [.conflict: 0, .agree: 1, .compatible: 2, .singleSource: 3]
        let ranked = matrix.rows.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if order[x.fact.verdict] != order[y.fact.verdict] { return order[x.fact.verdict] ?? 4 < order[y.fact.verdict] ?? 4 }
            if x.fact.independentSources != y.fact.independentSources { return x.fact.independentSources > y.fact.independentSources }
            return a.offset < b.offset
        }.map(\.element)
        func label(_ fact: Fact) -> String {
            "<a href=\"#\(e(idPrefix + fact.id))\">\(e(fact.id))</a> · \(e(fact.description))"
        }
        if matrix.sources.count > Self.matrixColumns {
            let rows = ranked.map { groupedRow($0.fact, $0.cells, matrix.sources, label: label($0.fact)) }
            return HTMLFold.items(rows, shown: Self.matrixRows, page: 25, noun: "facts", limit: limit("claims")) {
                "<table class=\"claims grouped\"><tr><th>fact</th><th>verdict</th><th>values and the sources giving them</th></tr>\n"
                    + $0.joined(separator: "\n") + "</table>"
            }
        }
        let header = "<table class=claims><tr><th>fact</th><th>verdict</th>" + matrix.sources.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        let rows = ranked.map { item in
            let cells = zip(item.cells, matrix.sources).map { value, source in
                value.map { "<td class=\"\(item.fact.verdict.rawValue)\" data-source=\"\(e(source))\">\(e($0))</td>" }
                    ?? "<td class=silent data-source=\"\(e(source))\">—</td>"
            }
            return "<tr><td>\(label(item.fact))</td><td>\(item.fact.verdict.rawValue)</td>\(cells.joined())</tr>"
        }
        return HTMLFold.items(rows, shown: Self.matrixRows, page: 25, noun: "facts", limit: limit("claims")) { header + $0.joined(separator: "\n") + "</table>" }
    }

    /// One row of the claim matrix of a story with many sources: each value once with its sources (the
    /// first five named, the rest folded), the most given value first, and how many sources are silent.
    private func groupedRow(_ fact: Fact, _ cells: [String?], _ sources: [String], label: String) -> String {
        let given = zip(cells, sources).compactMap { cell, source in cell.map { ($0, source) } }
        let values = ValueGivers.ranked(given).map { value, sources -> String in
            let named = sources.prefix(5).map(e).joined(separator: ", ")
            let folded = sources.count > 5
                ? " <details><summary>+\(sources.count - 5) more</summary>\(sources.dropFirst(5).map(e).joined(separator: ", "))</details>" : ""
            return "<li><b>\(e(value))</b> — \(sources.count) source\(sources.count == 1 ? "" : "s"): \(named)\(folded)</li>"
        }
        let silent = cells.filter { $0 == nil }.count
        return "<tr><td>\(label)</td><td>\(fact.verdict.rawValue)</td>"
            + "<td class=\"\(fact.verdict.rawValue)\"><ul class=values>\(values.joined())</ul>"
            + (silent > 0 ? "<span class=silent>\(silent) silent</span>" : "") + "</td></tr>"
    }

    /// Every date with the words each outlet used, under the timeline picture: the first ten shown.
    private func timelineList(_ report: StoryReport, idPrefix: String) -> String {
        let items = report.timeline.enumerated().map { index, entry in
            let mentions = entry.mentions.map { "“\(e($0.text))” <span class=src>\(e($0.source)) \(HTMLSourceLink.span($0, linked: linksArticles))</span>" }
            let shown = mentions.prefix(3).joined(separator: "; ")
                + (mentions.count > 3 ? " <details class=inline><summary>+\(mentions.count - 3) more</summary>\(mentions.dropFirst(3).joined(separator: "; "))</details>" : "")
            return "<li id=\"\(idPrefix + ReportAnchor.date(index))\"><b>\(e(entry.value))</b> \(shown)</li>"
        }
        return HTMLFold.items(items, shown: 10, page: 40, noun: "dates", limit: limit("timeline")) { "<ul class=dates>" + $0.joined(separator: "\n") + "</ul>" }
    }
}
