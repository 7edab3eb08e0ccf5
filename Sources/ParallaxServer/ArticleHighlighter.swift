import ParallaxCore
import ParallaxReport

/// An article's text as HTML with its annotations marked — entity mentions by type, numbers and dates,
/// and quotations around them — every character escaped. Quotations are the outer layer (a number
/// inside a quotation keeps its own mark); within a layer, overlapping spans are resolved by keeping
/// the earlier (and, at one start, the longer) span.
enum ArticleHighlighter {
    private typealias Span = (span: TextSpan, kind: String, title: String)

    /// The marked, escaped text. With `anchors` (the places the story report refers to) and `href`,
    /// each mark inside a fact's value or a date of the report links to that element of the story page
    /// (`href`: `/stories/7#f3`), each quotation is followed by a link to its statement (`q2`), and a fact's
    /// words that no annotation covers (an event's predicate) are marked as `claim` and linked too.
    static func html(_ analysis: AnalyzedArticle, anchors: [ReportAnchor] = [], href: (@Sendable (ReportAnchor) -> String)? = nil) -> String {
        var inner: [Span] = []
        for mention in analysis.entities { inner.append((mention.span, mention.type.rawValue, mention.type.rawValue)) }
        for quantity in analysis.quantities { inner.append((quantity.span, "quantity", "number")) }
        for time in analysis.times { inner.append((time.span, "time", time.value.isEmpty ? "date or time" : time.value)) }
        let annotated = inner.map(\.span)
        for anchor in anchors where anchor.kind == .fact && anchor.end > anchor.start {
            let span = TextSpan(start: anchor.start, end: anchor.end)
            if !annotated.contains(where: { $0.start < span.end && span.start < $0.end }) { inner.append((span, "claim", "statement")) }
        }
        let scalars = Array(analysis.article.text.unicodeScalars)
        let quotes = outermost(analysis.quotes.map { ($0.span, "quote", "quotation") }, within: scalars.count)
        let ordered = outermost(inner, within: scalars.count, keepOverlaps: true)
        guard let href else {
            return layers(scalars, quotes, ordered, Links(href: { _ in "" }, values: [], refs: [:]))
        }
        // A mark links to the value it is (it covers at least half of the value's words); a fact no mark
        // stands for (an event: its words are a sentence) and every quotation get a reference link at
        // their last character instead.
        let values = anchors.filter { $0.kind != .quote }
        let linked = Set(ordered.compactMap { anchor(for: $0.span, in: values)?.id })
        var refs: [Int: [ReportAnchor]] = [:]
        for anchor in anchors where anchor.kind == .quote || (anchor.kind == .fact && !linked.contains(anchor.id)) {
            if refs[anchor.end]?.contains(where: { $0.id == anchor.id }) != true { refs[anchor.end, default: []].append(anchor) }
        }
        return layers(scalars, quotes, ordered, Links(href: href, values: values, refs: refs))
    }

    /// Where marks link: the address of a report element, the anchors a mark can be, and reference links
    /// by the position they follow.
    private struct Links {
        let href: @Sendable (ReportAnchor) -> String
        let values: [ReportAnchor]
        let refs: [Int: [ReportAnchor]]

        /// The reference links that follow a character in `range` (after its end).
        func after(_ range: ClosedRange<Int>) -> String {
            range.flatMap { refs[$0] ?? [] }.map { anchor in
                "<a class=\"ref\" href=\"\(HTMLText.escape(href(anchor)))\" title=\"\(HTMLText.escape(anchor.label))\">\(HTMLText.escape(anchor.id))</a>"
            }.joined()
        }
    }

    /// The text with quotations as the outer layer and the other marks inside and between them.
    private static func layers(_ scalars: [Unicode.Scalar], _ quotes: [Span], _ ordered: [Span], _ links: Links) -> String {
        var html = ""
        var position = 0
        for quote in quotes {
            html += marks(scalars, position..<quote.span.start, ordered, links)
            html += "<mark class=\"quote\" title=\"quotation\">" + marks(scalars, quote.span.start..<quote.span.end, ordered, links) + "</mark>"
            position = quote.span.end
        }
        return html + marks(scalars, position..<scalars.count, ordered, links)
    }

    /// `spans` sorted by start (longer first at one start) and inside the text; unless `keepOverlaps`,
    /// without those that overlap an earlier one.
    private static func outermost(_ spans: [Span], within count: Int, keepOverlaps: Bool = false) -> [Span] {
        let sorted = spans.filter { $0.span.length > 0 && $0.span.start >= 0 && $0.span.end <= count }
            .sorted { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.length > $1.span.length }
        if keepOverlaps { return sorted }
        var kept: [Span] = []
        for item in sorted where item.span.start >= (kept.last?.span.end ?? 0) { kept.append(item) }
        return kept
    }

    /// The text of `range` with the spans that lie wholly inside it marked (and linked to the value they
    /// are), and the reference links that end inside it.
    private static func marks(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ spans: [Span], _ links: Links) -> String {
        var html = ""
        var position = range.lowerBound
        /// Plain text up to `end`, with the reference links that fall inside it.
        func plain(to end: Int) {
            var from = position
            for cut in (position + 1)..<(end + 1) where links.refs[cut] != nil {
                html += HTMLText.escape(text(scalars[from..<cut])) + links.after(cut...cut)
                from = cut
            }
            html += HTMLText.escape(text(scalars[from..<end]))
        }
        for item in spans where item.span.start >= position && item.span.end <= range.upperBound {
            if item.span.start > position { plain(to: item.span.start) }
            let words = HTMLText.escape(text(scalars[item.span.start..<item.span.end]))
            if let anchor = anchor(for: item.span, in: links.values) {
                html += "<a class=\"fact-link\" href=\"\(HTMLText.escape(links.href(anchor)))\" title=\"\(HTMLText.escape(item.title + " — " + anchor.label))\">"
                    + "<mark class=\"\(item.kind)\">\(words)</mark></a>"
            } else {
                html += "<mark class=\"\(item.kind)\" title=\"\(HTMLText.escape(item.title))\">\(words)</mark>"
            }
            html += links.after((item.span.start + 1)...item.span.end)
            position = item.span.end
        }
        if range.upperBound > position { plain(to: range.upperBound) }
        return html
    }

    /// The report element a marked span is: the anchor it covers at least half of that overlaps it most
    /// (the first, so facts before dates, on a tie).
    static func anchor(for span: TextSpan, in anchors: [ReportAnchor]) -> ReportAnchor? {
        var best: (anchor: ReportAnchor, overlap: Int)?
        for anchor in anchors {
            let overlap = min(span.end, anchor.end) - max(span.start, anchor.start)
            if overlap > 0, overlap * 2 >= anchor.end - anchor.start, overlap > best?.overlap ?? 0 { best = (anchor, overlap) }
        }
        return best?.anchor
    }

    /// The string of a run of scalars (spans and highlights count scalars, not characters).
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
