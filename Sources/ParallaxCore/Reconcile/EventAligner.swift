/// Aligns the sentences of a story's articles that report the same event into event facts, and gives
/// each a verdict.
///
/// Two sentences from different articles report the same event when the learned event-pair model
/// (`FactPairModel.eventPairs`, over `EventPairFeatures`: the rare words they share, whether each is the
/// other's closest sentence in its article, where they stand) says so, or when they hold statements
/// with predicates of the same class that share named participants (linked across articles as actors) —
/// at least two, or all of them when one names fewer; a person also counts as the country of their
/// affiliation — and whose dates, when both give one, overlap. Matching statements make a pair eligible
/// at the model's threshold but do not outrank a sentence the model finds closer. Reporting verbs (`say`) are left to quote
/// alignment. Each sentence heads one event: itself and, from every other article, the sentence that
/// matches it best when that match is strong enough; events contained in another are dropped. A
/// sentence may so belong to several events, as one sentence often reports several; but one event of a
/// sentence met by several sentences of one other outlet is listed once (`withoutRepeatedPairs`).
///
/// Verdicts: one independent source → `single-source`; one source asserting what another negates
/// (statements of the same event word) → `conflict`; differing hedges, conditions or tense of the
/// matched statements (one says it happened, one that it will) → `compatible`; the same words, or a
/// matching statement in every sentence (the same claim: who did what) → `agree`; the event told in
/// other words → `compatible`.
public struct EventAligner: Sendable {
    /// The sentence-pair model; nil aligns by matching statements only.
    public var pairModel: FactPairModel? = FactPairModel.eventPairs

    /// Creates an aligner.
    public init() {}

    /// Whether the statements contradict each other: one outlet negates, plainly, what another asserts
    /// plainly with the same event word. A negation under a hedge, a condition or the future ("may not
    /// meet", "will not attend"), or one with another verb of the same class, is a different claim,
    /// not a contradiction.
    static func contradicts(_ statements: [Statement]) -> Bool {
        let plain = statements.filter { !$0.modality.hedged && !$0.modality.conditional && !$0.modality.future }
        return plain.contains { negated in
            negated.modality.negated
                && plain.contains { !$0.modality.negated && $0.predicate.lemma == negated.predicate.lemma }
        }
    }

    /// A statement with the story actors it involves and the days it gives.
    struct Linked {
        var statement: Statement
        var actors: Set<Int>
        /// The actors among the subjects.
        var subjects: Set<Int>
        var days: DayInterval?
    }

    /// Whether two statements from different articles state the same event by the participant rule.
    static func same(_ a: Linked, _ b: Linked) -> Bool {
        guard a.statement.predicate.predicateClass == b.statement.predicate.predicateClass else { return false }
        let shared = a.actors.intersection(b.actors).count
        guard shared >= min(2, a.actors.count, b.actors.count) else { return false }
        if let x = a.days, let y = b.days, x.last < y.first || y.last < x.first { return false }
        return true
    }

    /// Every pair of sentences from two of the articles, with its features: training examples for the
    /// event-pair model.
    package func pairExamples(_ articles: [AnalyzedArticle]) -> [FactPairExample] {
        let table = EventSentences(articles)
        var examples: [FactPairExample] = []
        for i in table.sentences.indices {
            for j in table.sentences.indices where j > i && table.sentences[j].article != table.sentences[i].article {
                let a = table.sentences[i]
                let b = table.sentences[j]
                examples.append(
                    FactPairExample(
                        first: .init(article: a.article, span: a.span, kind: .event),
                        second: .init(article: b.article, span: b.span, kind: .event),
                        features: EventPairFeatures.features(table, i, j)))
            }
        }
        return examples
    }

    /// The model's probability that sentences `i` and `j` of `table` (from different articles) report
    /// the same event; 0 without a model.
    func probability(_ table: EventSentences, _ i: Int, _ j: Int) -> Double {
        pairModel.map { $0.probability(EventPairFeatures.features(table, i, j)) } ?? 0
    }

    /// Event facts (ids left empty) from each article's sentences and statements; `table` holds the
    /// articles' sentences, `actor` maps (article, cluster id) to a story actor index, `actorName` names
    /// it and `actorNamed` finds the actor of a name.
    func align(
        _ articles: [AnalyzedArticle], table: EventSentences, originals: [Int?], actor: (Int, Int) -> Int?,
        actorName: (Int) -> String, actorNamed: (String) -> Int? = { _ in nil }
    ) -> [Fact] {
        let linked = table.sentences.map { sentence in
            sentence.statements.compactMap { statement -> Linked? in
                let index = sentence.article
                var actors = Set(statement.participants.compactMap { actor(index, $0) })
                // A person stands for the country they are affiliated with ("Israeli Prime Minister
                // Benjamin Netanyahu apologized" and "Israel apologized" can be one event).
                for cluster in statement.participants.compactMap({ articles[index].cluster($0) }) where cluster.type == .person {
                    for affiliation in cluster.affiliations {
                        if let nation = actorNamed(Nations.country(of: affiliation) ?? affiliation) { actors.insert(nation) }
                    }
                }
                guard !actors.isEmpty else { return nil }
                let days = statement.times.lazy.compactMap { articles[index].times[$0].days }.first
                let subjects = Set(statement.subjects.compactMap { actor(index, $0) })
                return Linked(statement: statement, actors: actors, subjects: subjects, days: days)
            }
        }
        let threshold = pairModel?.threshold ?? 1.1
        // The best partner of each sentence in each other article, with its score.
        var best: [[Int: (score: Double, partner: Int)]] = Array(repeating: [:], count: table.sentences.count)
        // Sentences sharing no content word are one event only through their statements.
        var scores: [Int: Double] = [:]
        let count = table.sentences.count
        for (i, j) in table.sharingPairs {
            let score = probability(table, i, j)
            if score >= threshold { scores[i * count + j] = score }
        }
        let stating = linked.indices.filter { !linked[$0].isEmpty }
        for i in stating {
            for j in stating where j > i && table.sentences[j].article != table.sentences[i].article {
                // Matching statements make the pair eligible; the model still ranks it against the others
                // (a score already noted is the model's probability, at least the threshold).
                if scores[i * count + j] == nil, linked[i].contains(where: { a in linked[j].contains { Self.same(a, $0) } }) {
                    scores[i * count + j] = max(threshold, probability(table, i, j))
                }
            }
        }
        for key in scores.keys.sorted() {
            let (i, j) = key.quotientAndRemainder(dividingBy: count)
            let score = scores[key] ?? 0
            let (a, b) = (table.sentences[i].article, table.sentences[j].article)
            if score > best[i][b]?.score ?? -1 { best[i][b] = (score, j) }
            if score > best[j][a]?.score ?? -1 { best[j][a] = (score, i) }
        }
        var groups: [[Int]] = []
        var heads: [Int] = []
        var seen: Set<[Int]> = []
        for i in table.sentences.indices where !best[i].isEmpty {
            let group = ([i] + best[i].values.map(\.partner)).sorted()
            if seen.insert(group).inserted {
                groups.append(group)
                heads.append(i)
            }
        }
        let sets = groups.map(Set.init)
        let kept = groups.indices.filter { g in !sets.indices.contains { h in h != g && sets[g].isStrictSubset(of: sets[h]) } }
        var listed: Set<String> = []
        var facts: [(fact: Fact, head: Int, members: [Int])] = []
        for index in kept {
            for fact in self.facts(groups[index], table: table, articles: articles, linked: linked, originals: originals, actor: actor, actorName: actorName)
            where listed.insert(fact.slot + fact.values.map { "\($0.reference.article)@\($0.reference.start)" }.joined(separator: " ")).inserted {
                facts.append((fact, heads[index], groups[index]))
            }
        }
        return Self.withoutRepeatedPairs(facts) { member, head in
            member == head || best[member][table.sentences[head].article]?.partner == head
        }
    }

    /// The facts less the pairs that repeat one event of a sentence: when two facts of one class are
    /// each a pair of sentences holding the same sentence with the same statement ("Trump's inauguration"
    /// met by three sentences of another article that each name it), only the pair that sentence chose
    /// itself as its best match (`chose(member, head)`), else the first, is listed. Facts of three or
    /// more sentences stay as they are: each joins other outlets too.
    static func withoutRepeatedPairs(_ facts: [(fact: Fact, head: Int, members: [Int])], chose: (Int, Int) -> Bool) -> [Fact] {
        var dropped = Set<Int>()
        for a in facts.indices where facts[a].members.count == 2 {
            for b in facts.indices where b > a && facts[b].members.count == 2 && !dropped.contains(b)
                && facts[b].fact.slot == facts[a].fact.slot && !dropped.contains(a)
            {
                guard let shared = facts[a].members.first(where: { facts[b].members.contains($0) }),
                    let i = facts[a].members.firstIndex(of: shared), let j = facts[b].members.firstIndex(of: shared),
                    facts[a].fact.values[i].value == facts[b].fact.values[j].value
                else { continue }
                dropped.insert(chose(shared, facts[b].head) && !chose(shared, facts[a].head) ? a : b)
            }
        }
        return facts.indices.filter { !dropped.contains($0) }.map { facts[$0].fact }
    }

    /// The event facts of a group of sentence indices (one per article): one per class of event the
    /// sentences' statements match on ("held talks" and "met": a meeting; "agreed" and "pledged": an
    /// agreement — one sentence often reports both), or one for the sentences as a whole when no
    /// statements match.
    private func facts(
        _ group: [Int], table: EventSentences, articles: [AnalyzedArticle], linked: [[Linked]], originals: [Int?],
        actor: (Int, Int) -> Int?, actorName: (Int) -> String
    ) -> [Fact] {
        // Each member's statements that match a statement of another member, in text order.
        let matching = group.map { i in
            linked[i].filter { a in group.contains { j in j != i && linked[j].contains { Self.same(a, $0) } } }
        }
        var classes: [PredicateClass] = []
        for a in matching.joined() where !classes.contains(a.statement.predicate.predicateClass) {
            classes.append(a.statement.predicate.predicateClass)
        }
        guard !classes.isEmpty else {
            return [fact(group, matched: [:], table: table, articles: articles, originals: originals, actor: actor, actorName: actorName)]
        }
        return classes.map { predicateClass in
            // Each member's first matching statement of this class.
            var matched: [Int: Linked] = [:]
            for (member, i) in group.enumerated() {
                matched[i] = matching[member].first { $0.statement.predicate.predicateClass == predicateClass }
            }
            return fact(group, matched: matched, table: table, articles: articles, originals: originals, actor: actor, actorName: actorName)
        }
    }

    /// The event fact of a group of sentences, `matched` holding the statement of the event in each
    /// member that has one.
    private func fact(
        _ group: [Int], matched: [Int: Linked], table: EventSentences, articles: [AnalyzedArticle], originals: [Int?],
        actor: (Int, Int) -> Int?, actorName: (Int) -> String
    ) -> Fact {
        let independent = Set(group.map { originals[table.sentences[$0].article] ?? table.sentences[$0].article }).count
        let statements = group.compactMap { matched[$0]?.statement }
        let sameClaim = statements.count == group.count
        var verdict = Verdict.agree
        if independent < 2 {
            verdict = .singleSource
        } else if contradicted(group, matched: matched, table: table) {
            verdict = .conflict
        } else if Set(statements.map(\.modality)).count > 1 {
            verdict = .compatible
        } else if !sameClaim && !Self.sameWording(group.map { table.sentences[$0] }) {
            verdict = .compatible
        }
        let values = group.map { i -> FactValue in
            let sentence = table.sentences[i]
            let analyzed = articles[sentence.article]
            let text = analyzed.text(of: sentence.span)
            var display = Self.shortened(text)
            if let statement = matched[i]?.statement {
                let name: (Int) -> String? = { cluster in actor(sentence.article, cluster).map(actorName) }
                display = statement.subjects.compactMap(name).joined(separator: ", ")
                display += (display.isEmpty ? "" : " ") + "→ " + statement.predicate.lemma
                let objects = statement.objects.compactMap(name)
                if !objects.isEmpty { display += " → " + objects.joined(separator: ", ") }
                let labels = statement.modality.labels
                if !labels.isEmpty { display += " (" + labels.joined(separator: ", ") + ")" }
            }
            return FactValue(
                reference: SourceReference(
                    article: analyzed.article.id, source: analyzed.article.source, text: text, span: sentence.span),
                value: display, low: nil, high: nil, context: text)
        }
        let slot = statements.first.map { "event " + $0.predicate.predicateClass.rawValue } ?? "event"
        let description = group.firstIndex { matched[$0] != nil }.map { values[$0].value } ?? values[0].value
        return Fact(
            id: "", kind: .event, slot: slot, description: description, verdict: verdict, values: values,
            independentSources: independent)
    }

    /// Whether two sentences of the group contradict each other: their statements of the event
    /// (`matched`, which `same` links) have the same actor in the same role (a shared subject: "Mueller
    /// charged Manafort" says nothing against "Manafort was not charged with X"), one negates what the
    /// other asserts (`contradicts`), and the model, too, finds the sentences one report — a false
    /// conflict misleads more than a missed one.
    func contradicted(_ group: [Int], matched: [Int: Linked], table: EventSentences) -> Bool {
        group.contains { i in
            group.contains { j in
                guard j > i, let a = matched[i], let b = matched[j] else { return false }
                return Self.same(a, b) && !a.subjects.isDisjoint(with: b.subjects)
                    && Self.contradicts([a.statement, b.statement])
                    && probability(table, i, j) >= (pairModel?.threshold ?? 0)
            }
        }
    }

    /// Whether the sentences say it in the same words: their content words overlap almost entirely
    /// (Dice ≥ 0.8 for every pair), as copies and lightly edited versions do. Sentences that report one
    /// event in other words are `compatible`, not `agree`.
    static func sameWording(_ sentences: [EventSentence]) -> Bool {
        sentences.indices.allSatisfy { i in
            sentences.indices.allSatisfy { j in
                j <= i || ContentWords.dice(Set(sentences[i].stems.keys), Set(sentences[j].stems.keys)) >= 0.8
            }
        }
    }

    /// The sentence cut to its first words: a readable name for an event without a matched statement.
    static func shortened(_ text: String, words limit: Int = 16) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > limit else { return words.joined(separator: " ") }
        return words.prefix(limit).joined(separator: " ") + " …"
    }
}
