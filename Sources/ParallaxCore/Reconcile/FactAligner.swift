import Foundation

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
    /// The kinds of value the learned model aligns: dates and places, whose slot alone says little
    /// (every date is a "date"). Figures, whose slot carries their unit and counted noun, keep the
    /// thresholds above.
    static let learnedKinds: Set<FactKind> = [.date, .place]
    /// The probability two disjoint values (a conflict) need to align: more likely one fact than not.
    static let conflictProbability = 0.5
    /// The learned model of when two dates or places are one fact; nil falls back to the thresholds
    /// above for dates too (and leaves places of events out).
    public var pairModel: FactPairModel? = FactPairModel.bundled

    /// Creates an aligner with the default thresholds.
    public init() {}

    /// Aligned facts for the analyzed articles; `originals[i]` is the article that article i copies, if any,
    /// and `actorOf` maps (article, cluster id) to an actor name.
    /// `alike` gives how likely the sentences of two values report the same event (0 when unknown).
    func align(
        _ articles: [AnalyzedArticle], originals: [Int?], actorName: (Int, Int) -> String?,
        alike: (FactCandidate, FactCandidate) -> Double = { _, _ in 0 }
    ) -> [Fact] {
        let candidates = candidates(in: articles, actorName: actorName)
        let groups: [[FactCandidate]]
        if let pairModel {
            let learned = candidates.filter { Self.learnedKinds.contains($0.kind) }
            groups = modelGroups(learned, model: pairModel, alike: alike)
                + thresholdGroups(candidates.filter { !Self.learnedKinds.contains($0.kind) })
        } else {
            groups = thresholdGroups(candidates)
        }
        let facts = groups.map { group in fact(from: group, articles: articles, originals: originals) }
        let ordered = facts.filter { $0.verdict != .singleSource } + facts.filter { $0.verdict == .singleSource }
        return ordered.enumerated().map { index, fact in
            var numbered = fact
            numbered.id = "f\(index + 1)"
            return numbered
        }
    }

    /// Groups by the hand-set thresholds: each value, in text order, joins the group whose members all
    /// pass the thresholds for their relation and that it resembles most.
    func thresholdGroups(_ allCandidates: [FactCandidate]) -> [[FactCandidate]] {
        // Places align only through the learned model.
        let candidates = allCandidates.filter { $0.kind != .place }
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
                // An equal value need resemble only one member that holds the same value: "five
                // locations" in a third outlet joins the two that say so when its words match either.
                var equalMatched = false
                var equalUnmatched = false
                for member in group {
                    let similarity = ContentWords.dice(member.context, candidate.context)
                    let relation = member.relation(to: candidate)
                    let needed: Double
                    if relation == .disjoint, !Self.samePredicate(member, candidate) { allowed = false }
                    switch relation {
                    case .disjoint: needed = conflictSimilarity
                    // A slot that is a whole question, once per article (the toll), needs no more words
                    // in common to agree: "four people were killed" and "left four dead" answer it alike;
                    // a different toll still needs the words of a conflict.
                    case _ where member.answersLabel && candidate.answersLabel && unique(member) && unique(candidate): needed = 0
                    case .equal: needed = min(equalValueSimilarity, unique(member) && unique(candidate) ? uniqueSlotSimilarity : 1)
                    case .overlapping: needed = unique(member) && unique(candidate) ? uniqueSlotSimilarity : minimumSimilarity
                    }
                    if relation == .equal {
                        if similarity < needed { equalUnmatched = true } else { equalMatched = true }
                    } else if similarity < needed {
                        allowed = false
                    }
                    score = max(score, similarity)
                }
                if equalUnmatched, !equalMatched { allowed = false }
                if allowed, score > (best?.score ?? -1) { best = (index, score) }
            }
            if let best { groups[best.group].append(candidate) } else { groups.append([candidate]) }
        }
        return groups
    }

    /// Groups by the learned pair model: the pairs most likely one fact are joined first, and two
    /// groups merge only when they share no article and the mean probability over the pairs across
    /// them reaches the model's threshold (so a value joins the mention of its fact in each outlet,
    /// not any equal value).
    func modelGroups(
        _ candidates: [FactCandidate], model: FactPairModel, alike: (FactCandidate, FactCandidate) -> Double = { _, _ in 0 }
    ) -> [[FactCandidate]] {
        let count = candidates.count
        var likely: [Int: Double] = [:]
        var conflicting = Set<Int>()
        var ranked: [(Int, Int, Double)] = []
        for (i, j) in Self.comparablePairs(candidates) {
            var probability = model.probability(
                FactPairFeatures.features(candidates[i], candidates[j], alike: alike(candidates[i], candidates[j])))
            // Disjoint values would conflict: they need the model to find them more likely one fact
            // than not, since a false conflict misleads more than a missed alignment.
            if candidates[i].relation(to: candidates[j]) == .disjoint, probability < Self.conflictProbability {
                probability = 0
                conflicting.insert(i * count + j)
            }
            likely[i * count + j] = probability
            if probability >= model.threshold { ranked.append((i, j, probability)) }
        }
        ranked.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
        let grouping = BestFirstGrouping(articles: candidates.map(\.article))
        return grouping.groups(ranked: ranked.map { ($0.0, $0.1) }) { a, b in
            let keys = a.flatMap { x in b.map { y in min(x, y) * count + max(x, y) } }
            return conflicting.isDisjoint(with: keys)
                && keys.reduce(0.0, { $0 + (likely[$1] ?? 0) }) / Double(keys.count) >= model.threshold
        }.map { $0.map { candidates[$0] } }
    }

    /// The index pairs of values from two different articles with the same slot: the pairs that may be
    /// one fact.
    static func comparablePairs(_ candidates: [FactCandidate]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for i in candidates.indices {
            for j in candidates.indices where j > i
            && candidates[i].article != candidates[j].article && candidates[i].slot == candidates[j].slot {
                pairs.append((i, j))
            }
        }
        return pairs
    }

    /// The alignable values of every article, article after article, each article's in text order.
    func candidates(in articles: [AnalyzedArticle], actorName: (Int, Int) -> String?) -> [FactCandidate] {
        articles.enumerated().flatMap { index, analyzed in
            candidates(in: analyzed, article: index, actorName: { actorName(index, $0) })
        }
    }

    /// Every pair of values of one slot from two articles, with its features: the examples
    /// `parallax train claims` labels against annotated stories; `alike` as for `align`.
    func pairExamples(
        _ articles: [AnalyzedArticle], actorName: (Int, Int) -> String?,
        alike: (FactCandidate, FactCandidate) -> Double = { _, _ in 0 }
    ) -> [FactPairExample] {
        let candidates = candidates(in: articles, actorName: actorName).filter { Self.learnedKinds.contains($0.kind) }
        return Self.comparablePairs(candidates).map { i, j in
            let a = candidates[i]
            let b = candidates[j]
            return FactPairExample(
                first: FactPairExample.Value(article: a.article, span: a.span, kind: a.kind),
                second: FactPairExample.Value(article: b.article, span: b.span, kind: b.kind),
                features: FactPairFeatures.features(a, b, alike: alike(a, b)))
        }
    }

    /// The question a date or place answers, in words, when the statements of the values' own clauses
    /// say which event it belongs to: "when Donald Trump met Kim Jong Un" — the event word two or more
    /// and at least half of the members share, else the first member's that has one, with the subjects
    /// and objects at least half of those name (`ClauseEvent.question(for:)`). Nil when no member's
    /// clause states an event.
    static func eventDescription(of group: [FactCandidate]) -> String? {
        guard let first = group.first, first.kind == .date || first.kind == .place else { return nil }
        var counts: [String: Int] = [:]
        for member in group { if let event = member.event { counts[event.lemma, default: 0] += 1 } }
        guard var (lemma, count) = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })
        else { return nil }
        // No event most values share: the first value's.
        if count < min(2, group.count) || 2 * count < group.count, let first = group.compactMap(\.event).first {
            lemma = first.lemma
            count = 1
        }
        let events = group.compactMap(\.event).filter { $0.lemma == lemma }
        func shared(_ names: (ClauseEvent) -> [String]) -> [String] {
            var kept: [String] = []
            for event in events {
                for name in names(event) where !kept.contains(name)
                    && events.filter({ names($0).contains(name) }).count * 2 >= events.count {
                    kept.append(name)
                }
            }
            return kept
        }
        let subjects = shared(\.subjects)
        let event = ClauseEvent(lemma: lemma, subjects: subjects, objects: shared(\.objects).filter { !subjects.contains($0) })
        return event.question(for: first.kind)
    }

    /// The words around a value, for a fact no statement describes: "date in “talks that lasted two hours
    /// in Oslo on Tuesday”" — up to `words` words of its sentence on each side, the value among them.
    static func snippetDescription(of candidate: FactCandidate) -> String {
        if candidate.answersLabel { return candidate.label }
        let sentence = candidate.sentence
        guard let range = sentence.range(of: candidate.text) else { return candidate.label }
        var start = range.lowerBound
        var words = 0
        while start > sentence.startIndex, words < snippetWords {
            start = sentence.index(before: start)
            if sentence[start].isWhitespace, sentence.index(after: start) < range.lowerBound,
                !sentence[sentence.index(after: start)].isWhitespace
            {
                words += 1
            }
        }
        var end = range.upperBound
        words = 0
        while end < sentence.endIndex {
            if sentence[end].isWhitespace, end > range.upperBound, !sentence[sentence.index(before: end)].isWhitespace {
                words += 1
                if words == snippetWords { break }
            }
            end = sentence.index(after: end)
        }
        let snippet = sentence[start..<end].trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",;:.")))
        return candidate.label + " in \u{201C}" + snippet + "\u{201D}"
    }

    /// Words taken on each side of a value for `snippetDescription(of:)`.
    static let snippetWords = 5

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
        let description = Self.eventDescription(of: group) ?? Self.snippetDescription(of: group[0])
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
        func context(for span: TextSpan) -> (Set<String>, String) {
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
            return (Set(near.map(\.stem)), analyzed.text(of: sentenceSpan))
        }
        // The toll: how many were killed and injured, each the first count the article gives, written or implied.
        // Every other count of the dead or injured restates or parts the toll ("one of the victims died").
        let casualties = CasualtyReader().counts(in: analyzed)
        let tollQuantities = Set(casualties.compactMap(\.quantity))
        for casualty in CasualtyReader.toll(of: casualties) {
            let (stems, sentence) = context(for: casualty.span)
            let text = analyzed.text(of: casualty.span)
            // The number alone: "2 women" and "two people" answer "how many killed" alike.
            var figure = casualty.quantity.map { analyzed.quantities[$0] }
                ?? Quantity(span: casualty.span, text: text, kind: .number, unit: nil, value: casualty.value, hedge: nil)
            figure.kind = .number
            figure.unit = nil
            let display = ValueFormatter.describe(figure)
            var candidate = FactCandidate(
                article: article, kind: .quantity, slot: casualty.outcome.rawValue, label: casualty.outcome.question,
                span: casualty.span, text: text, interval: casualty.value, days: nil, display: display, context: stems,
                sentence: sentence, sentenceIndex: analyzed.sentenceIndex(containing: casualty.span) ?? 0)
            candidate.answersLabel = true
            result.append(candidate)
        }
        for (quantityIndex, quantity) in analyzed.quantities.enumerated()
        where quantity.kind != .number && quantity.kind != .ordinal && !tollQuantities.contains(quantityIndex)
            && !Self.refersBack(quantity, in: analyzed)
        {
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
                guard let owner = Self.ageOwner(of: quantity, in: analyzed), let cluster = owner.entity,
                    let name = actorName(cluster)
                else { continue }
                slot = "age " + name
                label = "age of " + name
            }
            let (stems, sentence) = context(for: quantity.span)
            var candidate = FactCandidate(
                article: article, kind: .quantity, slot: slot, label: label, span: quantity.span, text: quantity.text,
                interval: quantity.value, days: nil, display: ValueFormatter.describe(quantity), context: stems,
                sentence: sentence, sentenceIndex: analyzed.sentenceIndex(containing: quantity.span) ?? 0)
            attach(&candidate, statements: analyzed.statements.filter { $0.quantities.contains(quantityIndex) }, in: analyzed, actorName: actorName)
            result.append(candidate)
        }
        for (timeIndex, time) in analyzed.times.enumerated() where time.resolved && (time.type == .date || Self.namesDayPart(time)) {
            guard let days = time.days, !Self.opensDateline(time.span, in: analyzed) else { continue }
            let (stems, sentence) = context(for: time.span)
            var candidate = FactCandidate(
                article: article, kind: .date, slot: "date", label: "date", span: time.span, text: time.text,
                interval: nil, days: days, display: time.value + (days.dayCount > 1 ? " (\(ValueFormatter.describe(days)))" : ""),
                context: stems, sentence: sentence, sentenceIndex: analyzed.sentenceIndex(containing: time.span) ?? 0)
            attach(&candidate, statements: analyzed.statements.filter { $0.times.contains(timeIndex) }, in: analyzed, actorName: actorName)
            result.append(candidate)
        }
        // Places of events: the GPE or LOC a statement names after "in" or "at".
        for statement in analyzed.statements {
            guard let place = statement.place, let name = actorName(place) else { continue }
            let sentenceSpan = analyzed.sentences.indices.contains(statement.sentence)
                ? analyzed.sentences[statement.sentence] : statement.span
            guard let mention = analyzed.entities.first(where: {
                $0.entity == place && sentenceSpan.contains($0.span) && $0.span.start > statement.predicate.span.start
            }) ?? analyzed.entities.first(where: { $0.entity == place && sentenceSpan.contains($0.span) })
            else { continue }
            guard !result.contains(where: { $0.kind == .place && $0.span == mention.span }) else { continue }
            let (stems, sentence) = context(for: mention.span)
            var candidate = FactCandidate(
                article: article, kind: .place, slot: "place", label: "place", span: mention.span, text: mention.text,
                interval: nil, days: nil, display: name, context: stems, sentence: sentence,
                sentenceIndex: statement.sentence)
            candidate.placeName = name
            attach(&candidate, statements: [statement], in: analyzed, actorName: actorName)
            result.append(candidate)
        }
        result.sort { $0.span < $1.span }
        // A value of the headline that the body gives again is the body's.
        if let headline = analyzed.headlineSpan {
            let body = Set(result.filter { !headline.contains($0.span) }.map { $0.slot + "|" + $0.display })
            result.removeAll { headline.contains($0.span) && body.contains($0.slot + "|" + $0.display) }
        }
        var seen: [String: Int] = [:]
        var perSlot: [String: Int] = [:]
        for candidate in result { perSlot[candidate.slot, default: 0] += 1 }
        for index in result.indices {
            let key = result[index].slot + "|" + result[index].display
            result[index].occurrence = seen[key, default: 0]
            seen[key, default: 0] += 1
            result[index].slotCount = perSlot[result[index].slot] ?? 1
        }
        return result
    }

    /// Whether two figures may answer one question by what their statements say happened to what they
    /// count: when both belong to statements, the statements share a predicate (the verbs of one outcome
    /// folded together: killed, died; injured, wounded, hurt). "Three people were shot" and "four people
    /// were killed", or "seven people were injured" and "police arrested two people", count different
    /// things, and their differing numbers are no conflict.
    static func samePredicate(_ a: FactCandidate, _ b: FactCandidate) -> Bool {
        guard !a.predicates.isEmpty, !b.predicates.isEmpty else { return true }
        let fold: (String) -> String = { outcomeVerbs[$0] ?? $0 }
        return !Set(a.predicates.map(fold)).isDisjoint(with: b.predicates.map(fold))
    }

    /// Whether a count names a group the reader already knows rather than stating a figure: a small
    /// number in words after a definite determiner or possessive ("the two leaders", "our two nations",
    /// "the three men") refers back to people or things the story has named, the way "both" does, and
    /// outlets' different references to them are no figures to compare.
    static func refersBack(_ quantity: Quantity, in analyzed: AnalyzedArticle) -> Bool {
        guard quantity.kind == .count, let first = quantity.text.split(separator: " ").first,
            smallNumberWords.contains(first.lowercased())
        else { return false }
        let before = analyzed.text(of: TextSpan(start: max(0, quantity.span.start - 8), end: quantity.span.start))
        guard let word = before.split(whereSeparator: { !$0.isLetter }).last?.lowercased() else { return false }
        return definiteWords.contains(word) && before.lowercased().hasSuffix(word + " ")
    }

    /// Number words from two to ten.
    static let smallNumberWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    /// Definite determiners and possessives.
    static let definiteWords: Set<String> = ["the", "these", "those", "our", "their", "his", "her", "its", "my", "your"]

    /// Verbs of one outcome, each mapped to the outcome's name.
    static let outcomeVerbs: [String: String] = [
        "kill": "death", "die": "death", "murder": "death", "slay": "death",
        "injure": "injury", "wound": "injury", "hurt": "injury", "hospitalize": "injury",
    ]

    /// The person an age belongs to. An age written as an adjective ("13-year-old") belongs to the
    /// name right after it ("13-year-old Melanie Virgen"); any other ("Barry Moore, 40,", "Toya Smith
    /// (43)", "Eric Nixon, age 17") to the name right before it with only a comma, a bracket or "age"
    /// between. Nil otherwise ("a 41-year-old man", "she was 43"): a name a few words away is as often
    /// the next person in a list ("Edgar Rios, 16, and 13-year-old Melanie Virgen") as the owner.
    static func ageOwner(of quantity: Quantity, in analyzed: AnalyzedArticle) -> EntityMention? {
        let text = quantity.text.lowercased()
        if text.hasSuffix("year-old") || text.hasSuffix("year old") || text.hasSuffix("years-old") {
            guard let next = analyzed.entities.first(where: { $0.span.start >= quantity.span.end }), next.type == .person,
                analyzed.text(of: TextSpan(start: quantity.span.end, end: next.span.start)).allSatisfy(\.isWhitespace)
            else { return nil }
            return next
        }
        guard let previous = analyzed.entities.last(where: { $0.span.end <= quantity.span.start }), previous.type == .person
        else { return nil }
        let between = analyzed.text(of: TextSpan(start: previous.span.end, end: quantity.span.start))
            .lowercased().filter { !$0.isWhitespace }
        return [",", "(", ",age", ",aged", "age", "aged", "jr.,", "sr.,"].contains(between) ? previous : nil
    }

    /// Whether a date opens a wire dateline inside the text — at the start of a line that
    /// `DatelineParser` reads as a dateline of a date and an agency ("April 29 (UPI) —" under a headline
    /// line): the day the report was filed, not the day of anything it reports.
    static func opensDateline(_ span: TextSpan, in analyzed: AnalyzedArticle) -> Bool {
        guard span.start == 0 || analyzed.text(of: TextSpan(start: span.start - 1, end: span.start)) == "\n" else { return false }
        let line = analyzed.text(of: TextSpan(start: span.start, end: span.start + datelineWindow)).prefix { $0 != "\n" }
        return DatelineParser().parse(line) != nil
    }

    /// Characters read from the start of a line to tell whether it opens with a dateline.
    static let datelineWindow = 120

    /// Whether a time of day names its day and only a part of it ("Tuesday afternoon", "Wednesday
    /// morning": `2018-04-24TAF`): the day something happened, as a date is. A clock time ("3:30 p.m.")
    /// answers another question, the hour, and stays out.
    static func namesDayPart(_ time: TimeExpression) -> Bool {
        guard time.type == .time, time.days?.dayCount == 1 else { return false }
        let value = time.value.utf8
        guard value.count == 13, let t = value.firstIndex(of: UInt8(ascii: "T")) else { return false }
        return value[value.index(after: t)...].allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }

    /// Fills in the predicates and named participants of the statements a value belongs to, whether
    /// they are all sayings, and the event of the nearest one in the value's own clause.
    private func attach(
        _ candidate: inout FactCandidate, statements: [Statement], in analyzed: AnalyzedArticle, actorName: (Int) -> String?
    ) {
        candidate.predicates = Set(statements.map(\.predicate.lemma))
        candidate.classes = Set(statements.map(\.predicate.predicateClass))
        candidate.participants = Set(statements.flatMap(\.participants).compactMap(actorName))
        candidate.reporting = !statements.isEmpty && statements.allSatisfy { $0.predicate.predicateClass == .say }
        let span = candidate.span
        let clauseMates = statements.compactMap { statement -> (distance: Int, statement: Statement)? in
            let predicate = statement.predicate.span
            let between = predicate.end <= span.start
                ? TextSpan(start: predicate.end, end: span.start) : TextSpan(start: span.end, end: max(span.end, predicate.start))
            guard !analyzed.text(of: between).contains(where: { ",;:()–—".contains($0) }) else { return nil }
            return (between.end - between.start, statement)
        }
        if let nearest = clauseMates.min(by: { $0.distance < $1.distance })?.statement {
            candidate.event = ClauseEvent(
                lemma: nearest.predicate.lemma, subjects: nearest.subjects.compactMap(actorName),
                objects: nearest.objects.compactMap(actorName))
        }
    }
}
