import Foundation
import ParallaxCore

/// Reads JSON Lines inputs: one article object per line, blank lines skipped.
///
/// A bad line becomes one error diagnostic naming its line number; the other lines are still read.
struct JSONLinesReader: Sendable {
    /// How to treat the text and the fallback date.
    var options: ReadOptions
    /// Finds datelines at the start of record texts (not in raw mode).
    var datelineParser = DatelineParser()

    /// The articles of `text`, read from `origin`.
    func read(_ text: String, origin: String) -> IngestResult {
        var result = IngestResult()
        let decoder = JSONDecoder()
        let outlet = InputName.outlet(forPath: origin)
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let record: JSONLinesRecord
                do {
                    record = try decoder.decode(JSONLinesRecord.self, from: Data(line))
                } catch {
                    throw IngestError.invalidJSONLine(line: lineNumber, reason: JSONLinesReader.reason(for: error))
                }
                result.articles.append(
                    try article(from: record, line: lineNumber, outlet: outlet, origin: origin, into: &result))
            } catch let error as IngestError {
                result.diagnostics.append(IngestDiagnostic(origin: origin, error: error))
            } catch {
                result.diagnostics.append(
                    IngestDiagnostic(origin: origin, line: lineNumber, severity: .error, message: "\(error)"))
            }
        }
        if result.articles.isEmpty && result.diagnostics.isEmpty {
            result.diagnostics.append(IngestDiagnostic(origin: origin, error: .emptyText))
        }
        return result
    }

    /// The article a record describes; warnings (an unreadable date) go to `result`.
    private func article(
        from record: JSONLinesRecord, line: Int, outlet: String, origin: String, into result: inout IngestResult
    ) throws(IngestError) -> Article {
        var body = record.text
        var dateline = record.dateline
        if !options.raw {
            var rest = PlainTextParser.normalizingLineEndings(body)[...].drop(while: \.isWhitespace)
            if dateline == nil, let found = datelineParser.parse(rest) {
                dateline = found.dateline
                rest = found.body
            }
            body = String(PlainTextParser.trimmingTrailingWhitespace(rest))
        }
        guard body.contains(where: { !$0.isWhitespace }) else {
            throw .invalidJSONLine(line: line, reason: "\"text\" is empty")
        }
        var published = options.date
        if let written = record.date {
            if let date = ISODateText.parse(written) {
                published = date
            } else {
                result.diagnostics.append(
                    IngestDiagnostic(
                        origin: origin, line: line, severity: .warning,
                        message: "unrecognized date \"\(written)\" (want YYYY-MM-DD or an ISO timestamp); ignored"))
            }
        }
        return Article(
            id: record.id ?? ArticleIdentifier.identifier(for: body), source: record.source ?? outlet, url: record.url,
            title: record.title, published: published, dateline: dateline, text: body, origin: origin)
    }

    /// A one-line reason for a line that did not decode.
    private static func reason(for error: Error) -> String {
        if let problem = error as? JSONLinesRecord.Problem { return problem.description }
        switch error as? DecodingError {
        case .typeMismatch(_, let context)? where context.codingPath.isEmpty:
            return "not a JSON object"
        case .dataCorrupted(let context)? where context.codingPath.isEmpty:
            return "not valid JSON"
        default:
            return "not a usable article record"
        }
    }
}
