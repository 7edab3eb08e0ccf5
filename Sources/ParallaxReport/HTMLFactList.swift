import ParallaxCore

/// Facts in an HTML report, one toggle each: the closed line names the fact, its verdict and each
/// distinct value with how many outlets give it; opened, every outlet's value with the words it came
/// from, their context and character span. The toggle carries the fact's id, the target of the claim
/// matrix's and the article page's links.
struct HTMLFactList {
    /// Prefix of every element id (unique ids when several reports share a page).
    let idPrefix: String
    /// Whether character spans link to the served article pages (`HTMLSourceLink`).
    var links = false
    /// How many facts at most, then a link to the page with them all.
    var limit: HTMLFold.Limit?
    /// Whether the toggles start open (conflicts do, when few outlets give values).
    var open = false
    /// Outlets' rows shown in an opened fact before the rest fold.
    static let shownValues = 6
    private let e = HTMLText.escape

    /// The facts, the first `shown` visible and the rest folded in pages.
    func html(_ facts: [Fact], shown: Int = 12, noun: String = "facts") -> String {
        HTMLFold.items(facts.map(item), shown: shown, page: 25, noun: noun, limit: limit) { $0.joined(separator: "\n") }
    }

    private func item(_ fact: Fact) -> String {
        var rows = [
            "<details class=\"fact \(fact.verdict.rawValue)\" id=\"\(e(idPrefix + fact.id))\"\(open && fact.values.count <= Self.shownValues ? " open" : "")><summary>"
                + "<span class=fid>\(e(fact.id))</span> \(e(MarkdownText.clip(fact.description, 110))) <span class=verdict>\(fact.verdict.rawValue)</span> "
                + "<span class=values>\(Self.values(fact).map(e).joined(separator: " · "))</span></summary>",
            fact.description.count > 110 ? "<p>\(e(fact.description))</p>" : "",
            fact.consensus.map { "<p>All sources allow: <b>\(e($0))</b></p>" } ?? "",
        ]
        let values = fact.values.map { value in
            let ref = value.reference
            return "<tr><td>\(e(ref.source))</td><td><b>\(e(value.value))</b></td><td>“\(e(ref.text))”<div class=context>\(e(value.context))</div></td><td class=span>\(HTMLSourceLink.span(ref, linked: links))</td></tr>"
        }
        rows.append(
            HTMLFold.items(values, shown: Self.shownValues, page: 50, noun: "outlets' values") {
                "<table class=fact-values><tr><th>outlet</th><th>value</th><th>words and context</th><th>chars</th></tr>\n" + $0.joined(separator: "\n") + "</table>"
            })
        rows.append("</details>")
        return rows.joined(separator: "\n")
    }

    /// Each distinct value once with its outlet count (the most given first); at most four, then `+N`.
    static func values(_ fact: Fact) -> [String] {
        let ranked = ValueGivers.ranked(fact.values.map { ($0.value, $0.reference.source) })
        let named = ranked.prefix(4).map { value, outlets in
            "\(MarkdownText.clip(value, 60)) (\(outlets.count == 1 ? outlets[0] : "\(outlets.count) outlets"))"
        }
        return named + (ranked.count > 4 ? ["+\(ranked.count - 4) more values"] : [])
    }
}
