import ParallaxCore

/// An inline SVG timeline of a story's normalized dates: a label column (the date and how many outlets
/// give it, clipped to fit, the whole text in its tooltip) and one bar per date or period on a day
/// axis, so no label runs off the picture. At most `shownEntries` rows; the list under it has them all.
public enum HTMLTimeline {
    /// Most dates drawn.
    public static let shownEntries = 30

    /// The SVG, or an empty string for an empty timeline.
    public static func svg(_ timeline: [TimelineEntry]) -> String {
        let dated = Array(timeline.prefix(shownEntries))
        guard let first = dated.map(\.first.dayNumber).min(), let last = dated.map(\.last.dayNumber).max() else { return "" }
        let (width, labelWidth, right, row) = (720, 270, 10, 20)
        let axis = width - labelWidth - right
        let more = timeline.count > dated.count ? row : 0
        let height = 34 + row * dated.count + more
        let span = max(1, last - first)
        func x(_ day: Int) -> Int { labelWidth + (day - first) * axis / span }
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"timeline\" class=\"timeline\">",
            "<line x1=\"\(labelWidth)\" y1=\"20\" x2=\"\(width - right)\" y2=\"20\" stroke=\"#888\"/>",
            "<text x=\"\(labelWidth)\" y=\"14\" font-size=\"12\">\(CalendarDate(dayNumber: first))</text>",
            "<text x=\"\(width - right)\" y=\"14\" font-size=\"12\" text-anchor=\"end\">\(CalendarDate(dayNumber: last))</text>",
        ]
        for (index, entry) in dated.enumerated() {
            let y = 28 + index * row
            let start = x(entry.first.dayNumber)
            let end = max(start + 4, x(entry.last.dayNumber))
            let sources = entry.mentions.map(\.source).firstOccurrences()
            let full = HTMLText.escape("\(entry.value) — " + sources.joined(separator: ", "))
            let outlets = sources.count == 1 ? sources[0] : "\(sources.count) outlets"
            let label = HTMLText.escape(MarkdownText.clip("\(entry.value) · \(outlets)", 42))
            svg.append("<text x=\"0\" y=\"\(y + 11)\" font-size=\"12\">\(label)<title>\(full)</title></text>")
            svg.append("<rect x=\"\(start)\" y=\"\(y + 2)\" width=\"\(end - start)\" height=\"10\" fill=\"#5c6bc0\"><title>\(full)</title></rect>")
        }
        if more > 0 {
            svg.append("<text x=\"0\" y=\"\(28 + dated.count * row + 11)\" font-size=\"12\">\(timeline.count - dated.count) more dates in the list below</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }
}
