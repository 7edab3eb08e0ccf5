import ParallaxCore

/// An inline SVG grid of facts × outlets: a filled cell where the outlet gives a value, coloured by
/// the fact's verdict; a pale cell where it is silent.
public enum HTMLCoverageMatrix {
    /// Verdict colours shared by the page's graphics.
    static let colours: [Verdict: String] = [
        .agree: "#66bb6a", .compatible: "#9ccc65", .conflict: "#ef5350", .singleSource: "#fdd835",
    ]

    /// The SVG.
    public static func svg(_ matrix: ClaimMatrix) -> String {
        let cell = 22
        let labelWidth = 320
        let header = 24
        let width = labelWidth + cell * max(1, matrix.sources.count) + 10
        let height = header + cell * matrix.rows.count + 10
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"coverage matrix\" class=\"coverage\">"
        ]
        for (column, source) in matrix.sources.enumerated() {
            let x = labelWidth + column * cell + cell / 2
            svg.append(
                "<text x=\"\(x)\" y=\"16\" font-size=\"11\" text-anchor=\"middle\">\(HTMLText.escape(String(source.prefix(3))))<title>\(HTMLText.escape(source))</title></text>"
            )
        }
        for (row, item) in matrix.rows.enumerated() {
            let y = header + row * cell
            let label = MarkdownText.clip("\(item.fact.id) \(item.fact.description)", 48)
            svg.append("<text x=\"0\" y=\"\(y + 15)\" font-size=\"11\">\(HTMLText.escape(label))</text>")
            for (column, value) in item.cells.enumerated() {
                let fill = value == nil ? "#f3f3f3" : colours[item.fact.verdict] ?? "#999"
                let title = HTMLText.escape(matrix.sources[column] + ": " + (value ?? "silent"))
                svg.append(
                    "<rect x=\"\(labelWidth + column * cell + 2)\" y=\"\(y + 2)\" width=\"\(cell - 4)\" height=\"\(cell - 4)\" fill=\"\(fill)\"><title>\(title)</title></rect>"
                )
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }
}
