import ParallaxCore

/// Scores story reports against annotated cross-source facts and quotations, over cross-source
/// PAIRS of mentions, exactly as `../shared/peers/reconcile_eval.py` does:
///
/// - values: a gold pair is found when one report fact holds a value on each mention; a report pair (two
///   values of one non-event fact from different outlets) is right when both fall on mentions of one
///   gold value fact (gold value facts are exhaustive, so any other pair is wrong);
/// - events: recall only; quotations: as values, over quote groups and their variants;
/// - verdicts: for each gold item found, the verdict of the report item that finds most of its pairs;
/// - conflicts: a report conflict is right when two of its values fall on two mentions of one gold item
///   marked conflict.
public struct ClaimScorer: Sendable {
    /// A mention or a report value: the outlet and the span in that outlet's analyzed text.
    typealias Place = (source: String, span: TextSpan)

    /// The running totals.
    public private(set) var totals: [String: Int] = [:]
    /// MISS, WRONG, VERDICT, FALSE-CONFLICT and UNLOCATED lines, in the scorer's order.
    public private(set) var lines: [String] = []

    /// Creates an empty scorer.
    public init() {}

    /// Adds one story: its gold, its report, the analyzed text of each outlet and each outlet's original
    /// body (the gold's mentions are substrings of the body).
    public mutating func add(gold: ClaimGold, report: StoryReport, texts: [String: String], bodies: [String: String]) {
        let story = String(gold.story.prefix(8))
        let sourceOf = Dictionary(report.articles.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        func located(_ items: [ClaimGold.Item]) -> [(item: ClaimGold.Item, places: [Place])] {
            items.map { item in
                let places = ClaimGold.places(of: item, texts: texts, bodies: bodies)
                for mention in places.missing {
                    totals["unlocated", default: 0] += 1
                    lines.append("UNLOCATED \(story) \(item.id) \(mention.source) \(mention.text.prefix(40))")
                }
                return (item, places.found)
            }
        }
        let facts = located(gold.facts)
        let quotes = located(gold.quotes ?? [])
        typealias Entry = (id: String, label: String, kind: FactKind?, verdict: Verdict, places: [Place])
        let reportFacts: [Entry] = report.facts.map { fact in
            (fact.id, fact.description, fact.kind, fact.verdict,
             fact.values.map { (sourceOf[$0.reference.article] ?? $0.reference.source, TextSpan(start: $0.reference.start, end: $0.reference.end)) })
        }
        let reportQuotes: [Entry] = report.quotes.map { group in
            ("", group.speaker ?? "None", nil, group.verdict,
             group.variants.map { (sourceOf[$0.reference.article] ?? $0.reference.source, TextSpan(start: $0.reference.start, end: $0.reference.end)) })
        }
        func hits(_ places: [Place], _ place: Place) -> Bool {
            places.contains { $0.source == place.source && $0.span.overlaps(place.span) }
        }
        func crossPairs(_ places: [Place]) -> [(Place, Place)] {
            var pairs: [(Place, Place)] = []
            for i in places.indices {
                for j in places.indices where j > i && places[i].source != places[j].source { pairs.append((places[i], places[j])) }
            }
            return pairs
        }
        func score(
            _ items: [(item: ClaimGold.Item, places: [Place])], _ entries: [Entry], kind: String, precision: Bool, quiet: Bool = false
        ) {
            for (item, places) in items {
                let pairs = crossPairs(places)
                totals["\(kind)_gold_pairs", default: 0] += pairs.count
                var best: Entry?
                var bestFound = 0
                for entry in entries {
                    let found = pairs.filter { hits(entry.places, $0.0) && hits(entry.places, $0.1) }.count
                    if found > bestFound { (best, bestFound) = (entry, found) }
                }
                totals["\(kind)_gold_found", default: 0] += bestFound
                if quiet { continue }
                if bestFound == 0, !pairs.isEmpty { lines.append("MISS \(story) \(kind) \(item.id) \(item.what ?? item.speaker ?? "None")") }
                if let best, kind != "event" {
                    totals["\(kind)_verdicts", default: 0] += 1
                    if best.verdict.rawValue == item.verdict {
                        totals["\(kind)_verdict_ok", default: 0] += 1
                    } else {
                        lines.append("VERDICT \(story) \(kind) \(item.id) gold=\(item.verdict) report=\(best.verdict.rawValue)")
                    }
                }
            }
            guard precision else { return }
            for entry in entries where !(kind == "value" && entry.kind == .event) {
                let pairs = crossPairs(entry.places)
                var right = 0
                for (x, y) in pairs {
                    if items.contains(where: { hits($0.places, x) && hits($0.places, y) }) {
                        right += 1
                    } else {
                        lines.append("WRONG \(story) \(kind) \(entry.id) \(entry.label)")
                    }
                }
                totals["\(kind)_report_pairs", default: 0] += pairs.count
                totals["\(kind)_report_ok", default: 0] += right
            }
        }
        score(facts.filter { $0.item.type != "event" }, reportFacts, kind: "value", precision: true)
        score(facts.filter { $0.item.type == "event" }, reportFacts.filter { $0.kind == .event }, kind: "event", precision: false)
        // Value pairs found by figure, date and place facts alone: the scorer above also credits an event
        // fact whose sentences hold both mentions.
        score(
            facts.filter { $0.item.type != "event" }, reportFacts.filter { $0.kind != .event }, kind: "value_only",
            precision: false, quiet: true)
        score(quotes, reportQuotes, kind: "quote", precision: true)
        func pairsHit(_ values: [Place], _ mentions: [Place]) -> Bool {
            crossPairs(values).contains { hits(mentions, $0.0) && hits(mentions, $0.1) }
        }
        let goldConflicts = (facts + quotes).filter { $0.item.verdict == "conflict" }.map(\.places)
        let reportConflicts = (reportFacts + reportQuotes).filter {
            $0.verdict == .conflict && Set($0.places.map(\.source)).count >= 2
        }
        totals["gold_conflicts", default: 0] += goldConflicts.count
        totals["report_conflicts", default: 0] += reportConflicts.count
        totals["report_conflicts_right", default: 0] += reportConflicts.filter { entry in
            goldConflicts.contains { pairsHit(entry.places, $0) }
        }.count
        totals["gold_conflicts_found", default: 0] += goldConflicts.filter { mentions in
            reportConflicts.contains { pairsHit($0.places, mentions) }
        }.count
        for entry in reportConflicts where !goldConflicts.contains(where: { pairsHit(entry.places, $0) }) {
            lines.append("FALSE-CONFLICT \(story) \(entry.id) \(entry.label)")
        }
        totals["stories", default: 0] += 1
    }

    /// The summary lines, worded as `reconcile_eval.py` words them.
    public var summary: [String] {
        func value(_ key: String) -> Double { Double(totals[key] ?? 0) }
        func prf(_ kind: String) -> (p: Double, r: Double, f: Double) {
            let p = value("\(kind)_report_ok") / max(1, value("\(kind)_report_pairs"))
            let r = value("\(kind)_gold_found") / max(1, value("\(kind)_gold_pairs"))
            return (p, r, 2 * p * r / max(1e-9, p + r))
        }
        func fixed(_ x: Double) -> String { String(format: "%.3f", x) }
        let values = prf("value")
        let quotes = prf("quote")
        let events = value("event_gold_found") / max(1, value("event_gold_pairs"))
        let verdicts = value("value_verdicts") + value("quote_verdicts")
        let accuracy = (value("value_verdict_ok") + value("quote_verdict_ok")) / max(1, verdicts)
        let conflictPrecision = value("report_conflicts_right") / max(1, value("report_conflicts"))
        let conflictRecall = value("gold_conflicts_found") / max(1, value("gold_conflicts"))
        let claim = 2 * values.f * quotes.f / max(1e-9, values.f + quotes.f)
        return [
            "stories=\(totals["stories"] ?? 0) unlocated_mentions=\(totals["unlocated"] ?? 0)",
            "values: pairs gold=\(totals["value_gold_pairs"] ?? 0) report=\(totals["value_report_pairs"] ?? 0) p=\(fixed(values.p)) r=\(fixed(values.r)) f1=\(fixed(values.f))",
            "quotes: pairs gold=\(totals["quote_gold_pairs"] ?? 0) report=\(totals["quote_report_pairs"] ?? 0) p=\(fixed(quotes.p)) r=\(fixed(quotes.r)) f1=\(fixed(quotes.f))",
            "events: pairs gold=\(totals["event_gold_pairs"] ?? 0) recall=\(fixed(events))",
            "verdicts: accuracy=\(fixed(accuracy)) over \(Int(verdicts)) found facts and quotes; conflicts: report=\(totals["report_conflicts"] ?? 0) right=\(totals["report_conflicts_right"] ?? 0) precision=\(fixed(conflictPrecision)) gold=\(totals["gold_conflicts"] ?? 0) found=\(totals["gold_conflicts_found"] ?? 0) recall=\(fixed(conflictRecall))",
            "claim_f1=\(fixed(claim)) (harmonic mean of value and quote pair F1)",
        ]
    }

    /// A line beyond `reconcile_eval.py`'s: value pair recall and F1 when only figure, date and place facts
    /// count as finding a pair (not the event facts whose sentences hold both mentions).
    public var valueFactsLine: String {
        func value(_ key: String) -> Double { Double(totals[key] ?? 0) }
        let p = value("value_report_ok") / max(1, value("value_report_pairs"))
        let r = value("value_only_gold_found") / max(1, value("value_only_gold_pairs"))
        return "values by value facts alone: r=\(String(format: "%.3f", r)) f1=\(String(format: "%.3f", 2 * p * r / max(1e-9, p + r)))"
    }
}
