import ParallaxCore

/// Reads the attributions of one brat standoff file in PolNeAR's scheme: text-bound `Source`, `Cue` and
/// `Content` spans (possibly discontinuous) linked by `E` event lines.
///
/// A discontinuous span counts from its first to its last character; an event without a `Content`
/// role is skipped; lines that do not start with an annotation id continue the text column of the
/// line before (brat writes a span's text with its line breaks) and are ignored.
public enum BratAttributionReader {
    /// The gold attributions in `standoff`, the annotation of `text`; `file` names it in errors.
    public static func attributions(standoff: String, text: [Unicode.Scalar], file: String) throws(AttributionFormatError)
        -> [GoldAttribution]
    {
        var spans: [String: TextSpan] = [:]
        var events: [(line: Int, roles: [String: String])] = []
        for (offset, rawLine) in standoff.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let columns = rawLine.split(separator: "\t", omittingEmptySubsequences: false)
            guard let id = columns.first, let kind = id.first, id.dropFirst().allSatisfy(\.isNumber), id.count > 1 else {
                continue
            }
            switch kind {
            case "T":
                guard columns.count >= 2 else { throw .malformedLine(file: file, line: line, reason: "no span column") }
                let span = try Self.span(columns[1], file: file, line: line)
                guard span.end <= text.count else { throw .spanOutOfText(file: file, line: line) }
                spans[String(id)] = span
            case "E":
                guard columns.count >= 2 else { throw .malformedLine(file: file, line: line, reason: "no role column") }
                var roles: [String: String] = [:]
                for part in columns[1].split(separator: " ") {
                    let pair = part.split(separator: ":", maxSplits: 1)
                    guard pair.count == 2 else { continue }
                    roles[String(pair[0])] = String(pair[1])
                }
                events.append((line, roles))
            default:
                continue
            }
        }
        var result: [GoldAttribution] = []
        for event in events {
            guard let contentID = event.roles["Content"] else { continue }
            guard let content = spans[contentID] else {
                throw .unknownAnnotation(file: file, line: event.line, id: contentID)
            }
            var source: TextSpan?
            if let sourceID = event.roles["Source"] {
                guard let span = spans[sourceID] else { throw .unknownAnnotation(file: file, line: event.line, id: sourceID) }
                source = span
            }
            result.append(GoldAttribution(
                content: content, source: source, isDirect: QuotationMarks.marksDirect(text, start: content.start)))
        }
        return result
    }

    /// The hull of a `Label start end[;start end…]` column.
    private static func span(_ column: Substring, file: String, line: Int) throws(AttributionFormatError) -> TextSpan {
        let parts = column.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { throw .malformedLine(file: file, line: line, reason: "expected a label and offsets") }
        var low = Int.max
        var high = Int.min
        for piece in parts[1].split(separator: ";") {
            let numbers = piece.split(separator: " ")
            guard numbers.count == 2, let start = Int(numbers[0]), let end = Int(numbers[1]), start >= 0, start <= end else {
                throw .malformedLine(file: file, line: line, reason: "bad offsets '\(piece)'")
            }
            low = min(low, start)
            high = max(high, end)
        }
        return TextSpan(start: low, end: high)
    }
}
