import ParallaxCore

import Foundation

/// Runs Recognizers-Text English DateTime spec files against Parallax's time recognizer.
///
/// Each case's `Input` goes through `PatternTimeRecognizer`, in its Recognizers-Text convention (with
/// the `SkipFromToMerge` option for files named `…SkipFromTo…`), with the case's reference date (see
/// `DateTimeSpecCase.defaultReferenceDate` when it has none) as the document date and its reference
/// clock time as the time of writing. A case passes
/// when the set of spans Parallax finds equals the spec's set of result spans and, for parser and
/// model specs, each result's value is accepted by `TimexEquivalence` against one of the spec's
/// readings. Result types are not compared, but an extractor or parser spec lists only its
/// extractor's kind of expression, so found expressions of other kinds that overlap no listed span
/// are left out (`DateTimeSpecScope`). Cases whose `NotSupported` or `NotSupportedByDesign`
/// names `dotnet` are skipped; every other case counts, including time-zone and holiday cases, and
/// a malformed case is a failure.
public enum DateTimeSpecEvaluator {
    /// Scores the cases of one DateTime spec file (`data` is the file's JSON).
    public static func evaluate(_ data: Data, file: String) throws -> SpecScore {
        var score = SpecScore(file: file)
        for outcome in try outcomes(data, file: file) {
            switch outcome {
            case .passed: score.passed += 1
            case .failed: score.failed += 1
            case .skipped: score.skipped += 1
            }
        }
        return score
    }

    /// The outcome of every case of one spec file, in file order.
    public static func outcomes(_ data: Data, file: String) throws(DateTimeSpecError) -> [DateTimeSpecOutcome] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data.droppingByteOrderMark)
        } catch {
            throw .invalidJSON(file: file)
        }
        guard let cases = json as? [Any] else { throw .notACaseList(file: file) }
        let skipsFromTo = file.split(separator: "/").last?.contains("SkipFromTo") == true
        let recognizer = PatternTimeRecognizer(convention: skipsFromTo ? .recognizersTextSkipFromTo : .recognizersText)
        let scope = DateTimeSpecScope(file: file)
        return cases.map { outcome(of: $0, recognizer: recognizer, scope: scope) }
    }

    /// The outcome of one case object.
    static func outcome(of json: Any, recognizer: PatternTimeRecognizer, scope: DateTimeSpecScope) -> DateTimeSpecOutcome {
        if let object = json as? [String: Any], DateTimeSpecCase.isSkipped(object) { return .skipped }
        do {
            return outcome(of: try DateTimeSpecCase(json: json), recognizer: recognizer, scope: scope)
        } catch {
            return .failed(reason: error.description)
        }
    }

    /// The outcome of one read case; only expressions within `scope` (see `DateTimeSpecScope`) are compared.
    public static func outcome(
        of spec: DateTimeSpecCase,
        recognizer: PatternTimeRecognizer = PatternTimeRecognizer(convention: .recognizersText),
        scope: DateTimeSpecScope = .all
    ) -> DateTimeSpecOutcome {
        let expected = spec.results.map(\.span)
        let found = recognizer.times(
            in: TokenizedText(spec.input), documentDate: spec.referenceDate, referenceSeconds: spec.referenceSeconds
        ).filter { scope.compares($0, expected: expected) }
        let expectedSpans = Set(spec.results.map(\.span))
        let foundSpans = Set(found.map(\.span))
        guard expectedSpans == foundSpans else {
            let expected = spec.results.map { "\"\($0.text)\"@\($0.span.start)" }.joined(separator: ", ")
            let got = found.map { "\"\($0.text)\"@\($0.span.start)" }.joined(separator: ", ")
            return .failed(reason: "spans: expected [\(expected)] found [\(got)]")
        }
        for result in spec.results {
            guard let readings = result.values else { continue }
            guard let ours = found.first(where: { $0.span == result.span }) else { continue }
            let accepted = readings.contains {
                TimexEquivalence.accepts(ours.value, as: $0, referenceDate: spec.referenceDate)
            }
            if !accepted {
                let expected = readings.isEmpty ? "no TIMEX" : readings.map(\.timex).joined(separator: " | ")
                return .failed(reason: "value of \"\(result.text)\": expected \(expected) found \(ours.value)")
            }
        }
        return .passed
    }
}

extension Data {
    /// The data without a leading UTF-8 byte-order mark, which some spec files carry.
    fileprivate var droppingByteOrderMark: Data {
        starts(with: [0xEF, 0xBB, 0xBF]) ? dropFirst(3) : self
    }
}
