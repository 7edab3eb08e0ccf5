import ParallaxCore

/// An inline SVG of who covers what: one row per outlet, named in full (clipped at 30 characters, the
/// whole name in its tooltip), with a bar of the facts it gives split by verdict — agreed,
/// compatible, in conflict, only this outlet — and its count. Rows stay readable at fifty outlets; past
/// `shownOutlets` the chart keeps the outlets that give the most facts and says how many it left out.
public enum HTMLCoverageChart {
    /// Verdict colours shared by the page's graphics.
    static let colours: [(Verdict, String)] = [
        (.agree, "#66bb6a"), (.compatible, "#9ccc65"), (.conflict, "#ef5350"), (.singleSource, "#fdd835"),
    ]
    /// Most outlets drawn.
    public static let shownOutlets = 30

    /// The SVG, or an empty string when the report has no articles.
    public static func svg(_ report: StoryReport) -> String {
        let outlets = report.articles.map(\.source).firstOccurrences()
        guard !outlets.isEmpty else { return "" }
        var counts: [String: [Verdict: Int]] = [:]
        for fact in report.facts {
            for outlet in Set(fact.values.map(\.reference.source)) { counts[outlet, default: [:]][fact.verdict, default: 0] += 1 }
        }
        func total(_ outlet: String) -> Int { counts[outlet]?.values.reduce(0, +) ?? 0 }
        var shown = outlets
        if outlets.count > shownOutlets {
            shown = outlets.enumerated().sorted { total($0.element) != total($1.element) ? total($0.element) > total($1.element) : $0.offset < $1.offset }
                .prefix(shownOutlets).map(\.element)
        }
        let (labelWidth, barWidth, row, top) = (200, 440, 20, 30)
        let most = max(1, shown.map(total).max() ?? 1)
        let height = top + row * shown.count + (outlets.count > shown.count ? row : 0) + 6
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"\(height)\" viewBox=\"0 0 720 \(height)\" role=\"img\" aria-label=\"facts given by each outlet\" class=\"coverage\">"
        ]
        for (index, (verdict, colour)) in colours.enumerated() {
            let x = index * 150
            svg.append("<rect x=\"\(x)\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(colour)\"/><text x=\"\(x + 16)\" y=\"16\" font-size=\"12\">\(label(verdict))</text>")
        }
        for (index, outlet) in shown.enumerated() {
            let y = top + index * row
            let name = HTMLText.escape(MarkdownText.clip(outlet, 30))
            svg.append("<text x=\"0\" y=\"\(y + 14)\" font-size=\"12\">\(name)<title>\(HTMLText.escape(outlet))</title></text>")
            var x = labelWidth
            for (verdict, colour) in colours {
                let count = counts[outlet]?[verdict] ?? 0
                guard count > 0 else { continue }
                let width = max(2, count * barWidth / most)
                svg.append(
                    "<rect x=\"\(x)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"14\" fill=\"\(colour)\"><title>\(HTMLText.escape(outlet)): \(count) \(label(verdict))</title></rect>")
                x += width
            }
            svg.append("<text x=\"\(x + 4)\" y=\"\(y + 14)\" font-size=\"12\">\(total(outlet))</text>")
        }
        if outlets.count > shown.count {
            svg.append("<text x=\"0\" y=\"\(top + shown.count * row + 14)\" font-size=\"12\">and \(outlets.count - shown.count) more outlets giving fewer facts</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    private static func label(_ verdict: Verdict) -> String {
        switch verdict {
        case .agree: "agreed"
        case .compatible: "compatible"
        case .conflict: "in conflict"
        case .singleSource: "only this outlet"
        }
    }
}
