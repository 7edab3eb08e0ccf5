import ParallaxCore
import ParallaxReport

/// An article's text as HTML with its annotations marked: entity mentions by type, quotations,
/// numbers and dates — every character escaped, overlapping spans resolved by keeping the earlier
/// (and, at one start, the longer) span.
enum ArticleHighlighter {
    /// The marked, escaped text.
    static func html(_ analysis: AnalyzedArticle) -> String {
        var spans: [(span: TextSpan, kind: String, title: String)] = []
        for mention in analysis.entities { spans.append((mention.span, mention.type.rawValue, mention.type.rawValue)) }
        for quote in analysis.quotes { spans.append((quote.span, "quote", "quotation")) }
        for quantity in analysis.quantities { spans.append((quantity.span, "quantity", "number")) }
        for time in analysis.times { spans.append((time.span, "time", time.value.isEmpty ? "date or time" : time.value)) }
        spans.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.length > $1.span.length }
        let scalars = Array(analysis.article.text.unicodeScalars)
        var html = ""
        var position = 0
        for item in spans where item.span.start >= position && item.span.end <= scalars.count && item.span.length > 0 {
            html += HTMLText.escape(text(scalars[position..<item.span.start]))
            html += "<mark class=\"\(item.kind)\" title=\"\(HTMLText.escape(item.title))\">" + HTMLText.escape(text(scalars[item.span.start..<item.span.end])) + "</mark>"
            position = item.span.end
        }
        return html + HTMLText.escape(text(scalars[min(position, scalars.count)...]))
    }

    /// The string of a run of scalars (spans and highlights count scalars, not characters).
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
