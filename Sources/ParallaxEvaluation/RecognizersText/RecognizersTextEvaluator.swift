import ParallaxCore

import Foundation

/// Scores Parallax's number, ordinal, percentage, range, money, dimension and age readers on
/// Microsoft Recognizers-Text English spec files.
///
/// A case passes when the extracted entities, in order, have the spec's spans (`Start`…`End`,
/// inclusive) and resolved values: numbers compared numerically (relative tolerance 1e-9, so
/// "0.333333333333333" equals 1/3), units by name (`SpecUnitNames`), ranges by their interval
/// notation ("(20,35]"). A case whose `NotSupported` or `NotSupportedByDesign` names `dotnet` is
/// skipped, as is every case of a model Parallax does not cover (temperature).
public enum RecognizersTextEvaluator {
    /// Why a spec file could not be scored.
    public enum Failure: Error, CustomStringConvertible {
        /// The data is not a JSON array of cases.
        case notASpecFile(String)

        /// A message a user can act on.
        public var description: String {
            switch self {
            case .notASpecFile(let file): "\(file) is not a Recognizers-Text spec file (a JSON array of cases)"
            }
        }
    }

    /// Scores the cases of one Number or NumberWithUnit spec file (`data` is the file's JSON);
    /// `model` is taken from the file name when nil.
    public static func evaluate(_ data: Data, file: String, model: RecognizersTextModel? = nil) throws -> SpecScore {
        guard let cases = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw Failure.notASpecFile(file)
        }
        var score = SpecScore(file: file)
        guard let model = model ?? RecognizersTextModel(fileName: file), model != .temperature else {
            score.skipped = cases.count
            return score
        }
        for item in cases {
            let notSupported = [item["NotSupported"], item["NotSupportedByDesign"]].compactMap { $0 as? String }
            if notSupported.contains(where: { $0.lowercased().contains("dotnet") }) {
                score.skipped += 1
                continue
            }
            let input = item["Input"] as? String ?? ""
            let expected = (item["Results"] as? [[String: Any]] ?? []).map(specEntity)
            if matches(entities(in: input, model: model), expected, model: model) {
                score.passed += 1
            } else {
                score.failed += 1
            }
        }
        return score
    }

    /// What Parallax extracts from `input` for `model`, as spec entities.
    public static func entities(in input: String, model: RecognizersTextModel) -> [SpecEntity] {
        switch model {
        case .number(let percentMode):
            var extractor = NumberExtractor()
            extractor.readsOutOfFractions = !percentMode
            return extractor.mentions(in: input).filter { !$0.kind.isOrdinal && !$0.hasGluedWord }.map {
                SpecEntity(start: $0.span.start, end: $0.span.end - 1, value: $0.value)
            }
        case .ordinal(let relative):
            return NumberExtractor().ordinals(in: input, relative: relative).map {
                let anchor: String = switch $0.kind {
                case .ordinalFromEnd: "end"
                case .ordinalFromCurrent: "current"
                default: "start"
                }
                return SpecEntity(start: $0.span.start, end: $0.span.end - 1, value: $0.value, unit: anchor)
            }
        case .percent(let percentMode):
            return UnitQuantityExtractor(percentMode: percentMode).percentages(in: input).map {
                SpecEntity(start: $0.span.start, end: $0.span.end - 1, value: $0.value)
            }
        case .numberRange(let experimental):
            return NumberRangeExtractor(closesTwoSidedRanges: experimental).ranges(in: input).map {
                SpecEntity(start: $0.span.start, end: $0.span.end - 1, value: nil, interval: $0.interval)
            }
        case .currency: return UnitQuantityExtractor().money(in: input).map(entity)
        case .dimension: return UnitQuantityExtractor().dimensions(in: input).map(entity)
        case .age: return UnitQuantityExtractor().ages(in: input).map(entity)
        case .temperature: return []
        }
    }

    private static func entity(_ mention: UnitMention) -> SpecEntity {
        SpecEntity(start: mention.span.start, end: mention.span.end - 1, value: mention.value, unit: mention.unit)
    }

    // MARK: Expected entities

    private static func specEntity(_ result: [String: Any]) -> SpecEntity {
        let resolution = result["Resolution"] as? [String: Any] ?? [:]
        let start = result["Start"] as? Int ?? -1
        let end = result["End"] as? Int ?? -1
        let rawValue = resolution["value"] as? String
        var entity = SpecEntity(start: start, end: end, value: rawValue.flatMap(number))
        if let relativeTo = resolution["relativeTo"] as? String {
            entity.unit = relativeTo
            entity.value = (resolution["offset"] as? String).flatMap(number)
        } else if let unit = resolution["unit"] as? String {
            entity.unit = unit
        }
        if (result["TypeName"] as? String) == "numberrange", let rawValue {
            entity.interval = interval(rawValue)
            entity.value = nil
        }
        return entity
    }

    /// A number in a spec resolution ("1E-12", "100%").
    static func number(_ text: String) -> Double? {
        let trimmed = text.hasSuffix("%") ? String(text.dropLast()) : text
        return Double(trimmed)
    }

    /// An interval in the spec's notation: "(20,35]", "[30,)", "(,100]".
    static func interval(_ text: String) -> ValueInterval? {
        guard text.count >= 3, let open = text.first, let close = text.last else { return nil }
        let parts = text.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let low = parts[0].isEmpty ? -Double.infinity : Double(parts[0])
        let high = parts[1].isEmpty ? Double.infinity : Double(parts[1])
        guard let low, let high else { return nil }
        return ValueInterval(
            low: low, high: high, lowOpen: open == "(" && low.isFinite, highOpen: close == ")" && high.isFinite)
    }

    // MARK: Comparison

    private static func matches(_ found: [SpecEntity], _ expected: [SpecEntity], model: RecognizersTextModel) -> Bool {
        guard found.count == expected.count else { return false }
        let order: (SpecEntity, SpecEntity) -> Bool = { ($0.start, $0.end) < ($1.start, $1.end) }
        for (ours, theirs) in zip(found.sorted(by: order), expected.sorted(by: order)) {
            guard ours.start == theirs.start, ours.end == theirs.end, same(ours.value, theirs.value) else { return false }
            if case .numberRange = model {
                guard let a = ours.interval, let b = theirs.interval, same(a.low, b.low), same(a.high, b.high),
                    a.lowOpen == b.lowOpen || !a.low.isFinite, a.highOpen == b.highOpen || !a.high.isFinite
                else { return false }
            }
            if theirs.unit != nil || ours.unit != nil {
                guard SpecUnitNames.matches(ours.unit, theirs.unit) else { return false }
            }
        }
        return true
    }

    private static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?):
            if x == y { return true }
            return abs(x - y) <= 1e-9 * max(abs(x), abs(y)) || abs(x - y) < 1e-12
        default: return false
        }
    }
}
