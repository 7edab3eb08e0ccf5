import ParallaxCore

/// An inline SVG timeline of a story's normalized dates: one mark per date or period on a day axis,
/// labelled with its value and the outlets that give it.
public enum HTMLTimeline {
    /// The SVG, or an empty string for an empty timeline.
    public static func svg(_ timeline: [TimelineEntry]) -> String {
        let dated = timeline
        guard let first = dated.map(\.first.dayNumber).min(), let last = dated.map(\.last.dayNumber).max() else { return "" }
        let width = 720
        let left = 10
        let axis = width - 2 * left
        let row = 26
        let height = 40 + row * dated.count
        let span = max(1, last - first)
        func x(_ day: Int) -> Int { left + (day - first) * axis / span }
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"timeline\" class=\"timeline\">",
            "<line x1=\"\(left)\" y1=\"20\" x2=\"\(width - left)\" y2=\"20\" stroke=\"#888\"/>",
            "<text x=\"\(left)\" y=\"14\" font-size=\"11\">\(CalendarDate(dayNumber: first))</text>",
            "<text x=\"\(width - left)\" y=\"14\" font-size=\"11\" text-anchor=\"end\">\(CalendarDate(dayNumber: last))</text>",
        ]
        for (index, entry) in dated.enumerated() {
            let y = 34 + index * row
            let start = x(entry.first.dayNumber)
            let end = max(start + 4, x(entry.last.dayNumber))
            let sources = entry.mentions.map(\.source).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let label = HTMLText.escape("\(entry.value) — " + sources.joined(separator: ", "))
            svg.append("<rect x=\"\(start)\" y=\"\(y)\" width=\"\(end - start)\" height=\"10\" fill=\"#5c6bc0\"><title>\(label)</title></rect>")
            let anchor = start > width / 2 ? "end" : "start"
            let textX = start > width / 2 ? start - 4 : end + 4
            svg.append("<text x=\"\(textX)\" y=\"\(y + 9)\" font-size=\"11\" text-anchor=\"\(anchor)\">\(label)</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }
}
