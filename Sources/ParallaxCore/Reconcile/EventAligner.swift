/// Aligns statements across a story's articles into event facts, and gives each a verdict.
///
/// Two statements from different articles describe the same event when their predicates have the
/// same class, they share named participants (linked across articles as actors) — at least two, or
/// all of them when one names fewer; a person also counts as the country of their affiliation — and their dates, when both give one, overlap. Reporting verbs
/// (`say`) are left to quote alignment. A statement joins the first event it matches every member of
/// (complete linkage, so one shared name cannot chain two events together). Each article contributes at most one statement to an event;
/// further statements of the same event in that article are not repeated as facts.
///
/// Verdicts: one independent source → `single-source`; one source asserting what another negates →
/// `conflict`; differing hedges, conditions or tense (one says it happened, one that it will) →
/// `compatible`; otherwise `agree`.
public struct EventAligner: Sendable {
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

    /// Event facts (ids left empty) from each article's statements; `actor` maps (article, cluster id)
    /// to a story actor index, `actorName` names it and `actorNamed` finds the actor of a name.
    func align(
        _ articles: [AnalyzedArticle], originals: [Int?], actor: (Int, Int) -> Int?,
        actorName: (Int) -> String, actorNamed: (String) -> Int? = { _ in nil }
    ) -> [Fact] {
        struct Candidate {
            var article: Int
            var statement: Statement
            var actors: Set<Int>
            var days: DayInterval?
        }
        var candidates: [Candidate] = []
        for (index, list) in articles.map(\.statements).enumerated() {
            for statement in list where statement.predicate.predicateClass != .say {
                var actors = Set(statement.participants.compactMap { actor(index, $0) })
                // A person stands for the country they are affiliated with ("Israeli Prime Minister
                // Benjamin Netanyahu apologized" and "Israel apologized" can be one event).
                for cluster in statement.participants.compactMap({ articles[index].cluster($0) }) where cluster.type == .person {
                    for affiliation in cluster.affiliations {
                        if let nation = actorNamed(Nations.country(of: affiliation) ?? affiliation) { actors.insert(nation) }
                    }
                }
                guard !actors.isEmpty else { continue }
                let days = statement.times.lazy.compactMap { articles[index].times[$0].days }.first
                candidates.append(Candidate(article: index, statement: statement, actors: actors, days: days))
            }
        }
        func same(_ a: Candidate, _ b: Candidate) -> Bool {
            guard a.statement.predicate.predicateClass == b.statement.predicate.predicateClass else { return false }
            let shared = a.actors.intersection(b.actors).count
            guard shared >= min(2, a.actors.count, b.actors.count) else { return false }
            if let x = a.days, let y = b.days, x.last < y.first || y.last < x.first { return false }
            return true
        }
        var groups: [[Candidate]] = []
        for candidate in candidates {
            if let group = groups.firstIndex(where: { group in group.allSatisfy { same($0, candidate) } }) {
                if !groups[group].contains(where: { $0.article == candidate.article }) { groups[group].append(candidate) }
            } else {
                groups.append([candidate])
            }
        }
        return groups.map { group in
            let independent = Set(group.map { originals[$0.article] ?? $0.article }).count
            var verdict = Verdict.agree
            if independent < 2 {
                verdict = .singleSource
            } else if Self.contradicts(group.map(\.statement)) {
                verdict = .conflict
            } else if Set(group.map(\.statement.modality.negated)).count > 1 {
                verdict = .compatible
            } else if Set(group.map(\.statement.modality)).count > 1 {
                verdict = .compatible
            }
            let first = group[0].statement
            let sharedActors = group.dropFirst().reduce(group[0].actors) { $0.intersection($1.actors) }
            let names = group[0].statement.participants.compactMap { actor(group[0].article, $0) }
                .filter { sharedActors.contains($0) }.map(actorName)
            let description = "\(first.predicate.predicateClass.rawValue): " + names.joined(separator: ", ")
            let values = group.map { member -> FactValue in
                let analyzed = articles[member.article]
                let statement = member.statement
                let name: (Int) -> String? = { cluster in actor(member.article, cluster).map(actorName) }
                var display = statement.subjects.compactMap(name).joined(separator: ", ")
                display += (display.isEmpty ? "" : " ") + "→ " + statement.predicate.lemma
                let objects = statement.objects.compactMap(name)
                if !objects.isEmpty { display += " → " + objects.joined(separator: ", ") }
                let labels = statement.modality.labels
                if !labels.isEmpty { display += " (" + labels.joined(separator: ", ") + ")" }
                let sentence = statement.sentence < analyzed.sentences.count
                    ? analyzed.text(of: analyzed.sentences[statement.sentence]) : ""
                return FactValue(
                    reference: SourceReference(
                        article: analyzed.article.id, source: analyzed.article.source, text: analyzed.text(of: statement.span),
                        span: statement.span),
                    value: display, low: nil, high: nil, context: sentence)
            }
            return Fact(
                id: "", kind: .event, slot: "event " + first.predicate.predicateClass.rawValue, description: description,
                verdict: verdict, values: values, independentSources: independent)
        }
    }
}
