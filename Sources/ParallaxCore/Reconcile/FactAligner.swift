/// Aligns figures and dates across a story's articles into facts, and gives each a verdict.
///
/// Two values align when they fill the same slot (same kind and unit; for ages, the same actor) and
/// the words around them overlap (Dice ≥ `minimumSimilarity` over content words within a window). When
/// a slot occurs once in each of two articles, weaker overlap (≥ `uniqueSlotSimilarity`) is enough.
/// Equal values need less (≥ `equalValueSimilarity`): sharing the exact value is evidence in itself.
/// Values that would conflict need stronger evidence (≥ `conflictSimilarity`): a false conflict misleads
/// an analyst more than a missed alignment.
public struct FactAligner: Sendable {
    /// Minimum context similarity for two values to align.
    public var minimumSimilarity = 0.25
    /// Minimum similarity when the slot is unique in both articles.
    public var uniqueSlotSimilarity = 0.1
    /// Minimum similarity for two equal values to align.
    public var equalValueSimilarity = 0.15
    /// Minimum similarity for two disjoint values to align (and so conflict).
    public var conflictSimilarity = 0.4
    /// Characters of context taken on each side of a value.
    public var window = 80

    /// Creates an aligner with the default thresholds.
    public init() {}

    /// Aligned facts for the analyzed articles; `originals[i]` is the article that article i copies, if any,
    /// and `actorOf` maps (article, cluster id) to an actor name.
    func align(_ articles: [AnalyzedArticle], originals: [Int?], actorName: (Int, Int) -> String?) -> [Fact] {
        let candidates = articles.enumerated().flatMap { index, analyzed in
            self.candidates(in: analyzed, article: index, actorName: { actorName(index, $0) })
        }
        var slotCounts: [String: Int] = [:]
        for candidate in candidates { slotCounts["\(candidate.article)|\(candidate.slot)", default: 0] += 1 }
        func unique(_ c: FactCandidate) -> Bool { slotCounts["\(c.article)|\(c.slot)"] == 1 }

        var groups: [[FactCandidate]] = []
        for candidate in candidates {
            var best: (group: Int, score: Double)?
            for (index, group) in groups.enumerated() {
                guard group[0].slot == candidate.slot, !group.contains(where: { $0.article == candidate.article }) else {
                    continue
                }
                var score = 0.0
                var allowed = true
                for member in group {
                    let similarity = ContentWords.dice(member.context, candidate.context)
                    let relation = member.relation(to: candidate)
                    let needed: Double
                    switch relation {
                    case .disjoint: needed = conflictSimilarity
                    case .equal: needed = min(equalValueSimilarity, unique(member) && unique(candidate) ? uniqueSlotSimilarity : 1)
                    case .overlapping: needed = unique(member) && unique(candidate) ? uniqueSlotSimilarity : minimumSimilarity
                    }
                    if similarity < needed { allowed = false }
                    score = max(score, similarity)
                }
                if allowed, score > (best?.score ?? -1) { best = (index, score) }
            }
            if let best { groups[best.group].append(candidate) } else { groups.append([candidate]) }
        }
        let facts = groups.map { group in fact(from: group, articles: articles, originals: originals) }
        let ordered = facts.filter { $0.verdict != .singleSource } + facts.filter { $0.verdict == .singleSource }
        return ordered.enumerated().map { index, fact in
            var numbered = fact
            numbered.id = "f\(index + 1)"
            return numbered
        }
    }

    func fact(from group: [FactCandidate], articles: [AnalyzedArticle], originals: [Int?]) -> Fact {
        let independent = Set(group.map { originals[$0.article] ?? $0.article }).count
        var verdict = Verdict.agree
        if independent < 2 {
            verdict = .singleSource
        } else {
            for i in group.indices {
                for j in group.indices where j > i {
                    switch group[i].relation(to: group[j]) {
                    case .disjoint: verdict = .conflict
                    case .overlapping: if verdict == .agree { verdict = .compatible }
                    case .equal: break
                    }
                }
            }
        }
        var shared: [String] = []
        if group.count > 1 {
            var counts: [String: Int] = [:]
            for member in group { for stem in member.context { counts[stem, default: 0] += 1 } }
            for member in group {
                for near in member.nearWords where (counts[near.stem] ?? 0) > 1 && !shared.contains(near.word) {
                    shared.append(near.word)
                }
            }
        }
        if shared.isEmpty, let first = group.first {
            shared = Array(first.nearWords.prefix(4).map(\.word))
        }
        let description = group[0].label + (shared.isEmpty ? "" : ": " + shared.prefix(5).joined(separator: ", "))
        let values = group.map { member -> FactValue in
            let article = articles[member.article].article
            let finite: (Double?) -> Double? = { value in value.flatMap { $0.isFinite ? $0 : nil } }
            return FactValue(
                reference: SourceReference(article: article.id, source: article.source, text: member.text, span: member.span),
                value: member.display,
                low: finite(member.interval?.low),
                high: finite(member.interval?.high),
                context: member.sentence
            )
        }
        var consensus: String?
        if group.count > 1, verdict != .conflict, verdict != .singleSource {
            let days = group.compactMap(\.days)
            if days.count == group.count, let first = days.map(\.first).max(), let last = days.map(\.last).min(), first <= last {
                let common = DayInterval(first: first, last: last)
                consensus = common.dayCount == 1 ? first.description : ValueFormatter.describe(common)
            }
        }
        return Fact(
            id: "", kind: group[0].kind, slot: group[0].slot, description: description, verdict: verdict, values: values,
            independentSources: independent, consensus: consensus
        )
    }

    /// The alignable values of one article.
    func candidates(in analyzed: AnalyzedArticle, article: Int, actorName: (Int) -> String?) -> [FactCandidate] {
        var result: [FactCandidate] = []
        func context(for span: TextSpan) -> (Set<String>, [(stem: String, word: String)], String) {
            let sentenceSpan = analyzed.sentenceIndex(containing: span).map { analyzed.sentences[$0] } ?? span
            let before = TextSpan(start: max(sentenceSpan.start, span.start - window), end: span.start)
            let after = TextSpan(start: span.end, end: min(sentenceSpan.end, span.end + window))
            let beforeWords = ContentWords.words(of: analyzed.text(of: before)).reversed()
            let afterWords = ContentWords.words(of: analyzed.text(of: after))
            var near: [(stem: String, word: String)] = []
            var left = Array(beforeWords).makeIterator()
            var right = afterWords.makeIterator()
            var leftDone = false
            var rightDone = false
            while !(leftDone && rightDone) {
                if let word = left.next() { near.append(word) } else { leftDone = true }
                if let word = right.next() { near.append(word) } else { rightDone = true }
            }
            return (Set(near.map(\.stem)), near, analyzed.text(of: sentenceSpan))
        }
        for quantity in analyzed.quantities where quantity.kind != .number && quantity.kind != .ordinal {
            var slot = quantity.kind.rawValue + (quantity.unit.map { " " + $0 } ?? "")
            var label: String
            switch quantity.kind {
            case .money: label = "amount" + (quantity.unit.map { " (\($0))" } ?? "")
            case .percent: label = quantity.unit == "percentage point" ? "change in points" : "percentage"
            case .duration: label = "duration"
            case .count: label = "number of " + (quantity.unit ?? "items")
            case .age, .number, .ordinal: label = quantity.kind.rawValue
            case .dimension: label = quantity.unit ?? "dimension"
            }
            if quantity.kind == .age {
                let owner = analyzed.entities.last {
                    $0.type == .person && $0.span.end <= quantity.span.start && quantity.span.start - $0.span.end < 40
                }
                guard let owner, let cluster = owner.entity, let name = actorName(cluster) else { continue }
                slot = "age " + name
                label = "age of " + name
            }
            let (stems, near, sentence) = context(for: quantity.span)
            result.append(
                FactCandidate(
                    article: article, kind: .quantity, slot: slot, label: label, span: quantity.span, text: quantity.text,
                    interval: quantity.value, days: nil, display: ValueFormatter.describe(quantity), context: stems,
                    nearWords: near, sentence: sentence))
        }
        for time in analyzed.times where time.type == .date && time.resolved {
            guard let days = time.days else { continue }
            let (stems, near, sentence) = context(for: time.span)
            result.append(
                FactCandidate(
                    article: article, kind: .date, slot: "date", label: "date", span: time.span, text: time.text,
                    interval: nil, days: days, display: time.value + (days.dayCount > 1 ? " (\(ValueFormatter.describe(days)))" : ""),
                    context: stems, nearWords: near, sentence: sentence))
        }
        return result.sorted { $0.span < $1.span }
    }
}
