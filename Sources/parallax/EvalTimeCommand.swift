import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax eval time`: TempEval-3 scores of the time recognizer on TimeML data.
///
/// Reads `.tml` files, TimeML JSON Lines files and MEANTIME's `derived_documents.jsonl` (folders are walked), runs the recognizer on each
/// document's text with its creation date as the document date, and prints strict and relaxed span
/// P/R/F1, type accuracy and value F1 per corpus part (a `.tml` file's folder, or a `.jsonl` file)
/// and overall. MEANTIME is scored on the sentences it annotates throughout, its date line left out. A document whose id was already scored (the same corpus given as `.tml` and as
/// JSONL) is scored once, from the first file read; `.tml` files are read first.
struct EvalTimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Score time expressions (TempEval-3 measures) on TimeML .tml or .jsonl data."
    )

    @Argument(help: "TimeML files (.tml, .jsonl) or folders holding them.")
    var paths: [String] = []

    @Flag(help: "List every missed, spurious or mis-normalized expression.")
    var errors = false

    @Flag(help: "With --errors, also list the expressions that have the gold value (lines starting OK).")
    var matches = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give a TimeML folder or a .tml/.jsonl file") }
    }

    func run() throws {
        let writer = try output.writer()
        let files = try collectFiles()
        guard !files.isEmpty else { throw CommandFailure("eval time: no .tml or .jsonl file under \(paths.joined(separator: " "))") }
        let recognizer = PatternTimeRecognizer()
        var parts: [(name: String, score: TempEvalScore)] = []
        var seen = Set<String>()
        var duplicates = 0
        for file in files {
            let part = partName(of: file)
            var score = TempEvalScore()
            for (document, dateLine, annotated) in documents(in: file) {
                guard seen.insert(document.id).inserted else {
                    duplicates += 1
                    continue
                }
                // A date line in the text (MEANTIME's) is the creation time, not one of the expressions;
                // where only part of a text is annotated (MEANTIME's first sentences), only that part is scored.
                let system = recognizer.times(in: TokenizedText(document.text), documentDate: document.creationDate).filter { expression in
                    let span = expression.span
                    let onDateLine = dateLine?.overlaps(span) ?? false
                    let outside = annotated.map { span.start < $0.start || span.start >= $0.end } ?? false
                    return !onDateLine && !outside
                }
                score += TempEvalScorer.score(gold: document.timexes, system: system)
                if errors { listErrors(document, system: system, to: writer) }
            }
            guard score.documents > 0 else { continue }
            if let index = parts.firstIndex(where: { $0.name == part }) {
                parts[index].score += score
            } else {
                parts.append((part, score))
            }
        }
        if duplicates > 0 { StandardError.print("eval time: \(duplicates) documents already scored from another file were skipped") }
        guard !parts.isEmpty else { throw CommandFailure("eval time: no TimeML document could be read") }
        writer.line(Self.header)
        for part in parts { writer.line(Self.row(part.name, part.score)) }
        if parts.count > 1 { writer.line(Self.row("overall", parts.reduce(TempEvalScore()) { $0 + $1.score })) }
        writer.line("strict/relaxed: exact/overlapping span; type acc over relaxed pairs; value F1 = TempEval-3 attribute F1")
        writer.line("(P = relaxed pairs with the gold value / system timexes, R = same / gold timexes; exact string match)")
        try writer.commit()
    }

    /// `.tml` files first, then `.jsonl`, each group in path order.
    private func collectFiles() throws -> [URL] {
        let manager = FileManager.default
        var files: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard !path.isEmpty, manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure("eval time: no such file or folder: \(path.isEmpty ? "(empty path)" : path)")
            }
            let url = URL(fileURLWithPath: path)
            if isDirectory.boolValue {
                let walker = manager.enumerator(at: url, includingPropertiesForKeys: nil)
                while let next = walker?.nextObject() as? URL {
                    if Self.isTimeML(next) { files.append(next) }
                }
            } else {
                files.append(url)
            }
        }
        return files.sorted { lhs, rhs in
            let left = lhs.pathExtension == "jsonl"
            let right = rhs.pathExtension == "jsonl"
            return left != right ? !left : lhs.path < rhs.path
        }
    }

    private static func isTimeML(_ url: URL) -> Bool { ["tml", "jsonl"].contains(url.pathExtension.lowercased()) }

    private func partName(of file: URL) -> String {
        file.pathExtension.lowercased() == "jsonl" ? file.lastPathComponent : file.deletingLastPathComponent().lastPathComponent
    }

    /// The documents of one file, each with the span of a date line its text carries; unreadable files
    /// and documents are reported as one-line warnings. A JSON Lines file whose lines carry `doc_id`
    /// and `sentences` is MEANTIME's.
    private func documents(in file: URL) -> [(document: TimeMLDocument, dateLine: TextSpan?, annotated: TextSpan?)] {
        guard let data = try? Data(contentsOf: file) else {
            StandardError.print("warning: \(file.path): cannot be read, skipped")
            return []
        }
        if file.pathExtension.lowercased() == "jsonl" {
            if MeantimeReader.isMeantime(data) {
                do {
                    return try MeantimeReader.documents(jsonLines: data).map { ($0.timeML, $0.creationSpan, $0.annotatedSpan) }
                } catch {
                    StandardError.print("warning: \(file.path): \(error), skipped")
                    return []
                }
            }
            var documents: [(document: TimeMLDocument, dateLine: TextSpan?, annotated: TextSpan?)] = []
            for result in TimeMLParser.parseJSONLines(data) {
                switch result {
                case .success(let document): documents.append((document, nil, nil))
                case .failure(let error): StandardError.print("warning: \(file.path): \(error), skipped")
                }
            }
            return documents
        }
        do {
            return [(try TimeMLParser.parseTML(data), nil, nil)]
        } catch {
            StandardError.print("warning: \(file.path): malformed TimeML (\(error)), skipped")
            return []
        }
    }

    /// Writes one line per missed, spurious, mis-valued or mis-spanned expression of `document` (and, with
    /// `--matches`, per expression with the gold value).
    private func listErrors(_ document: TimeMLDocument, system: [TimeExpression], to writer: ReportWriter) {
        let pairs = TempEvalScorer.pairs(gold: document.timexes, system: system)
        let pairedGold = Set(pairs.map(\.gold.span))
        let pairedSystem = Set(pairs.map(\.system.span))
        let id = document.id
        for gold in document.timexes where !pairedGold.contains(gold.span) {
            writer.line("MISS  \(id)  \"\(Self.excerpt(document.text, gold.span))\" \(gold.type) \(gold.value)  | \(Self.context(document.text, gold.span))")
        }
        for expression in system where !pairedSystem.contains(expression.span) {
            writer.line("EXTRA \(id)  \"\(expression.text)\" \(expression.type.rawValue) \(expression.value)  | \(Self.context(document.text, expression.span))")
        }
        for pair in pairs where pair.gold.value != pair.system.value || pair.gold.type != pair.system.type.rawValue {
            writer.line(Self.pairLine("VALUE", pair, in: document))
        }
        if matches {
            for pair in pairs where pair.gold.value == pair.system.value { writer.line(Self.pairLine("OK   ", pair, in: document)) }
        }
        for pair in pairs where pair.gold.span != pair.system.span {
            writer.line("SPAN  \(id)  \"\(Self.excerpt(document.text, pair.gold.span))\"  vs \"\(pair.system.text)\"")
        }
    }

    /// One listed pair: gold text, type and value against the system's, with the gold's context.
    private static func pairLine(_ tag: String, _ pair: TempEvalScorer.Pair, in document: TimeMLDocument) -> String {
        let gold = pair.gold
        let system = pair.system
        return "\(tag) \(document.id)  \"\(excerpt(document.text, gold.span))\" \(gold.type) \(gold.value)  vs \"\(system.text)\" "
            + "\(system.type.rawValue) \(system.value)  | \(context(document.text, gold.span))"
    }

    private static func excerpt(_ text: String, _ span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        guard span.start >= 0, span.end <= scalars.count else { return "" }
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(scalars.startIndex, offsetBy: span.end)
        return String(scalars[start..<end]).replacingOccurrences(of: "\n", with: " ")
    }

    private static func context(_ text: String, _ span: TextSpan) -> String {
        let count = text.unicodeScalars.count
        return excerpt(text, TextSpan(start: max(0, span.start - 40), end: min(count, span.end + 40)))
    }

    private static let header = "part                        docs  gold   sys | strict P   R    F1 | relaxed P  R    F1 | type acc | value P  R    F1"

    private static func row(_ name: String, _ s: TempEvalScore) -> String {
        let label = name.padding(toLength: 26, withPad: " ", startingAt: 0)
        return String(
            format: "%@ %5d %5d %5d | %.3f %.3f %.3f | %.3f %.3f %.3f | %.3f    | %.3f %.3f %.3f", label, s.documents,
            s.gold, s.system, s.strictPrecision, s.strictRecall, s.strictF1, s.relaxedPrecision, s.relaxedRecall,
            s.relaxedF1, s.typeAccuracy, s.valuePrecision, s.valueRecall, s.valueF1)
    }
}
