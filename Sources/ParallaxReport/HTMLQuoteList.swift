import ParallaxCore

/// "Who said what" in an HTML report: one toggle per statement, conflicts first, then the groups most
/// outlets carry. Closed, a line with the speaker, the verdict, the outlets and the opening words;
/// opened, every outlet's wording side by side. Element ids follow `ReportAnchor.quote`, the report's
/// own order, so links from article pages stay valid whatever the display order.
struct HTMLQuoteList {
    /// Prefix of every element id.
    let idPrefix: String
    /// Whether character spans link to the served article pages (`HTMLSourceLink`).
    var links = false
    /// How many statements at most, then a link to the page with them all.
    var limit: HTMLFold.Limit?
    private let e = HTMLText.escape

    /// The groups, the first `shown` visible and the rest folded in pages.
    func html(_ groups: [QuoteGroup], shown: Int = 10) -> String {
        let ordered = groups.enumerated().sorted { a, b in
            let (x, y) = (rank(a.element), rank(b.element))
            return x != y ? x > y : a.offset < b.offset
        }
        let items = ordered.map { item(index: $0.offset, group: $0.element) }
        return HTMLFold.items(items, shown: shown, page: 25, noun: "statements", limit: limit) { $0.joined(separator: "\n") }
    }

    /// Conflicts first, then by the number of outlets.
    private func rank(_ group: QuoteGroup) -> Int {
        (group.verdict == .conflict ? 1_000 : 0) + Set(group.variants.map(\.reference.source)).count
    }

    private func item(index: Int, group: QuoteGroup) -> String {
        let outlets = group.variants.map(\.reference.source).firstOccurrences()
        let named = outlets.prefix(4).joined(separator: ", ") + (outlets.count > 4 ? " +\(outlets.count - 4)" : "")
        let opening = MarkdownText.clip(group.variants.first?.reference.text ?? "", 110)
        let variants = group.variants.map { variant in
            let ref = variant.reference
            return "<blockquote>“\(e(ref.text))”<br><span class=src>\(e(ref.source))</span> <span class=span>\(variant.kind.rawValue), \(HTMLSourceLink.span(ref, linked: links))</span></blockquote>"
        }
        return "<details class=\"quote \(group.verdict.rawValue)\" id=\"\(idPrefix + ReportAnchor.quote(index))\"><summary>"
            + "<b>\(e(group.speaker ?? "unknown speaker"))</b> <span class=verdict>\(group.verdict.rawValue)</span> "
            + "<span class=src>\(outlets.count) outlet\(outlets.count == 1 ? "" : "s"): \(e(named))</span> <q>\(e(opening))</q></summary>"
            + "<div class=variants>\(variants.joined())</div></details>"
    }
}
