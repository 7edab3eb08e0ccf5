import ParallaxCore

/// Turns an article's quotes into the attributions a PolNeAR-style scorer reads.
///
/// PolNeAR annotates one content per attribution, a direct quotation with its marks and a split
/// quotation (`“…,” X said. “…”`) as one content; a partial quotation inside an indirect content
/// (`says voter fraud “would be …”`) is part of that attribution, not another one. So: direct and
/// partial content widens over its marks (and a comma or stop before the closing mark), and a quote
/// lying inside another's content with the same cue is dropped.
public enum QuotePredictions {
    /// The predictions for `quotes` of the article whose text is `scalars`.
    public static func attributions(of quotes: [Quote], text scalars: [Unicode.Scalar]) -> [PredictedAttribution] {
        let widened = quotes.map { quote -> TextSpan in
            quote.kind == .indirect ? quote.span : widen(quote.span, in: scalars)
        }
        var result: [PredictedAttribution] = []
        for (index, quote) in quotes.enumerated() {
            let span = widened[index]
            let inside = quotes.indices.contains { other in
                other != index && widened[other].contains(span) && widened[other] != span
                    && quotes[other].cue?.span == quote.cue?.span
            }
            if inside { continue }
            result.append(PredictedAttribution(content: span, speaker: quote.speaker?.span))
        }
        return result
    }

    /// `span` with the quotation mark before it and the punctuation and mark after it.
    static func widen(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> TextSpan {
        var start = span.start
        var end = span.end
        if start > 0, QuotationMarks.scalars.contains(scalars[start - 1]) { start -= 1 }
        if end < scalars.count, ",.?!".unicodeScalars.contains(scalars[end]) { end += 1 }
        if end < scalars.count, QuotationMarks.scalars.contains(scalars[end]) { end += 1 }
        return TextSpan(start: start, end: end)
    }
}
