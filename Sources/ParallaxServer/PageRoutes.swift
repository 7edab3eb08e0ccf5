import Foundation
import Hummingbird
import ParallaxCore
import ParallaxReport
import ParallaxStore

/// The web pages: the story list, a story's report, an article with its annotations, search.
/// Server-rendered HTML that works without JavaScript; every piece of stored text escaped.
struct PageRoutes: Sendable {
    let access: StoreAccess
    let settings: ServerSettings
    static let e = HTMLText.escape

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await list(request) }
        router.get("/stories/:id") { request, context in try await story(request, context) }
        router.get("/articles/:id") { _, context in try await article(context.parameters.get("id") ?? "") }
        router.get("/search") { request, _ in try await search(request) }
        router.get("/assets/parallax.css") { _, _ in Self.asset(HTMLPage.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/assets/parallax.js") { _, _ in Self.asset(HTMLPage.script, type: "text/javascript; charset=utf-8") }
    }

    /// A static asset, cached by the browser for an hour.
    static func asset(_ text: String, type: String) -> Response {
        var response = Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        response.headers[.cacheControl] = "max-age=3600"
        return response
    }

    func list(_ request: Request) async throws -> Response {
        let page = try request.integer("page", in: 1...100_000, default: 1)
        let size = settings.pageSize
        let stories = try await access.run { store throws(StoreError) in
            try store.stories(since: nil, source: nil, limit: size + 1, offset: (page - 1) * size)
        }
        let shown = stories.prefix(size)
        var rows = [
            "<h1>Stories</h1>",
            "<table class=\"stories\"><thead><tr><th>story</th><th>articles</th><th>outlets</th><th>dates</th><th>coverage</th></tr></thead><tbody>",
        ]
        for story in shown {
            let outlets = story.sources.prefix(4).map(Self.e).joined(separator: ", ") + (story.sources.count > 4 ? " +\(story.sources.count - 4)" : "")
            rows.append(
                "<tr><td><a href=\"/stories/\(story.id)\">\(Self.e(story.title))</a></td><td class=\"size\">\(story.articles)<span class=\"unit\"> article\(story.articles == 1 ? "" : "s")</span></td>"
                    + "<td class=\"outlets\">\(outlets)</td><td>\(StoryListingRenderer.dates(story.first, story.last))</td><td>\(Self.strip(story))</td></tr>")
        }
        rows.append("</tbody></table>")
        if shown.isEmpty { rows.append("<p>No stories yet: add articles with <code>parallax ingest</code>.</p>") }
        var pager: [String] = []
        if page > 1 { pager.append("<a rel=\"prev\" href=\"/?page=\(page - 1)\">Newer stories</a>") }
        if stories.count > size { pager.append("<a rel=\"next\" href=\"/?page=\(page + 1)\">Older stories</a>") }
        if !pager.isEmpty { rows.append("<nav class=\"pager\">" + pager.joined() + "</nav>") }
        return HTMLPage.response(title: "Stories", rows.joined(separator: "\n"))
    }

    /// A small SVG strip: how many articles and outlets the story has, and how long it ran.
    static func strip(_ story: StoredStory) -> String {
        let days = (story.first?.dayNumber).flatMap { first in story.last.map { $0.dayNumber - first + 1 } } ?? 1
        let width = min(120, 8 + days * 2)
        let independent = min(120, story.independent * 6)
        return "<svg class=\"strip\" width=\"120\" height=\"10\" role=\"img\" aria-label=\"\(story.independent) independent articles over \(days) days\">"
            + "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"4\" fill=\"#9bb8e0\"/><rect x=\"0\" y=\"6\" width=\"\(independent)\" height=\"4\" fill=\"#f0a860\"/></svg>"
    }


    /// Items a story page lists per section before linking to the page with them all (`?all=SECTION`).
    static let inlineItems = 60
    /// The sections a story page can show in full.
    static let sections: Set<String> = ["conflicts", "claims", "quotes", "facts", "timeline", "single-source", "actors", "sources"]

    /// Where an article's mark links: the report element on the story page, on the page that lists its
    /// whole section when the section is longer than a story page shows.
    static func href(story: Int, report: StoryReport) -> @Sendable (ReportAnchor) -> String {
        let long = Set(sections.filter { ReportAnchor.count(of: $0, in: report) > inlineItems })
        return { anchor in
            long.contains(anchor.section) ? "/stories/\(story)?all=\(anchor.section)#\(anchor.id)" : "/stories/\(story)#\(anchor.id)"
        }
    }

    func story(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap({ Int($0) }) else { return HTMLPage.notFound("No story with that id.") }
        let found = try? await access.run { store throws(StoreError) in try StoryReportCache(store: store).report(story: id) }
        guard let (story, report, _) = found else { return HTMLPage.notFound("No story \(id).") }
        let links = report.articles.map { article -> String in
            let day = article.published.map { " \($0)" } ?? ""
            return "<a href=\"/articles/\(HTMLSourceLink.path(article.id))\">\(Self.e(article.source))\(day)</a>"
        }.joined(separator: " · ")
        let content = "<h1>\(Self.e(story.title))</h1>\n<p class=\"meta\">\(story.articles) articles, \(story.independent) independent, "
            + "\(StoryListingRenderer.dates(story.first, story.last)). Articles: \(links)</p>\n" + StoryHTMLRenderer(
                linksArticles: true, inlineItems: Self.inlineItems, sectionLink: "/stories/\(story.id)?all=",
                fullSection: request.parameter("all").flatMap { Self.sections.contains($0) ? $0 : nil }
            ).body(report)
        return HTMLPage.response(title: story.title, content)
    }

    func article(_ id: String) async throws -> Response {
        let found = try? await access.run {
            store throws(StoreError) -> (StoredArticle, AnalyzedArticle, [ReportAnchor], (@Sendable (ReportAnchor) -> String)?) in
            guard let stored = try store.article(id), let analysis = try store.analyses(of: [stored.seq]).first else {
                throw StoreError.notFound(what: "article")
            }
            // The story report (cached per story version) says which fact each marked span belongs to.
            let report = try stored.story.map { story throws(StoreError) in try StoryReportCache(store: store).report(story: story) }
            return (stored, analysis, report.map { ReportAnchor.all(in: $0.report, article: analysis.article.id) } ?? [],
                    report.map { Self.href(story: $0.story.id, report: $0.report) })
        }
        guard let (stored, analysis, anchors, href) = found else { return HTMLPage.notFound("No article with that id.") }
        let article = analysis.article
        var meta = [Self.e(article.source), article.published?.description ?? "undated"]
        if let story = stored.story { meta.append("<a href=\"/stories/\(story)\">story \(story)</a>") }
        if let original = stored.duplicateOf { meta.append("a copy of <a href=\"/articles/\(Self.e(original))\">\(Self.e(original))</a>") }
        let content = """
            <h1>\(Self.e(article.title ?? "Untitled article"))</h1>
            <p class="meta">\(meta.joined(separator: " · "))</p>
            <p class="legend"><mark class="PERSON">person</mark><mark class="ORG">organization</mark><mark class="GPE">place</mark><mark class="quote">quotation</mark><mark class="quantity">number</mark><mark class="time">date or time</mark>\(anchors.isEmpty ? "" : " <a class=\"fact-link\" href=\"/stories/\(stored.story ?? 0)\"><mark class=\"claim\">underlined: linked to its fact in the story</mark></a>")</p>
            <section id="text"><h2>Text</h2><div class="article-text">\(ArticleHighlighter.html(analysis, anchors: anchors, href: href))</div></section>
            """
        return HTMLPage.response(title: article.title ?? "Article", content)
    }

    func search(_ request: Request) async throws -> Response {
        let text = request.parameter("q") ?? ""
        guard !text.isEmpty || request.parameter("entity") != nil else {
            return HTMLPage.response(title: "Search", "<h1>Search</h1><p>Type names, places or words above; \"quotes\" keep a phrase together.</p>")
        }
        let query = try APIRoutes.query(request)
        let results: SearchResults
        do {
            results = try await access.run { store throws(StoreError) in try store.search(query) }
        } catch let problem as ProblemDetails where problem.status == 400 {
            return HTMLPage.response(title: "Search", query: text, "<h1>Search</h1><p>\(Self.e(problem.detail)).</p>")
        }
        var lines = ["<h1>Search: \(Self.e(text))</h1>", "<p>\(results.results.count) articles in \(results.stories.count) stories.</p>", "<ol class=\"results\">"]
        for hit in results.results {
            let story = hit.story.map { " · <a href=\"/stories/\($0)\">story \($0)</a>" } ?? ""
            lines.append(
                "<li><a href=\"/articles/\(Self.e(hit.id))\">\(Self.e(hit.title ?? "Untitled"))</a> <span class=\"meta\">\(Self.e(hit.source))"
                    + " · \(hit.published?.description ?? "undated")\(story)</span><br>\(Self.marked(hit.snippet, hit.highlights))</li>")
        }
        lines.append("</ol>")
        return HTMLPage.response(title: "Search: \(text)", query: text, lines.joined(separator: "\n"))
    }

    /// `snippet` escaped, its highlighted ranges in `<mark>`.
    static func marked(_ snippet: String, _ highlights: [[Int]]) -> String {
        let scalars = Array(snippet.unicodeScalars)
        var html = ""
        var position = 0
        for range in highlights.sorted(by: { ($0.first ?? 0) < ($1.first ?? 0) }) where range.count == 2 {
            let start = max(position, min(range[0], scalars.count))
            let end = max(start, min(range[0] + range[1], scalars.count))
            html += e(ArticleHighlighter.text(scalars[position..<start])) + "<mark>" + e(ArticleHighlighter.text(scalars[start..<end])) + "</mark>"
            position = end
        }
        return html + e(ArticleHighlighter.text(scalars[position...]))
    }
}
