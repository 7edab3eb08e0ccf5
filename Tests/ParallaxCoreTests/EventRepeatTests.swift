import Testing

@testable import ParallaxCore

/// `EventAligner.withoutRepeatedPairs`: one sentence's event met by several sentences of another outlet.
@Suite struct EventRepeatTests {
    /// An event fact of the given sentences (index = sentence, article = index / 10), each showing `statement`.
    func fact(_ members: [Int], statements: [String], slot: String = "event meet") -> (fact: Fact, head: Int, members: [Int]) {
        let values = zip(members, statements).map { member, statement in
            FactValue(
                reference: SourceReference(
                    article: "a\(member / 10)", source: "s\(member / 10)", text: "sentence \(member)",
                    span: TextSpan(start: member * 100, end: member * 100 + 50)),
                value: statement, low: nil, high: nil, context: "sentence \(member)")
        }
        let fact = Fact(id: "", kind: .event, slot: slot, description: statements[0], verdict: .agree, values: values, independentSources: 2)
        return (fact, members[1], members)
    }

    @Test func aSentenceMetThriceByAnotherOutletKeepsTheMatchItChose() {
        // Sentence 1 of the first outlet names the inauguration; sentences 11, 12 and 13 of the second do too.
        let facts = [
            fact([1, 11], statements: ["Trump → inauguration", "→ swear → Trump"]),
            fact([1, 12], statements: ["Trump → inauguration", "→ inauguration → Trump"]),
            fact([1, 13], statements: ["Trump → inauguration", "Trump → inauguration"]),
        ]
        let kept = EventAligner.withoutRepeatedPairs(facts) { member, head in member == 1 && head == 12 }
        #expect(kept.map { $0.values[1].reference.text } == ["sentence 12"])
        // Without a choice, the first stays.
        #expect(EventAligner.withoutRepeatedPairs(facts) { _, _ in false }.map { $0.values[1].reference.text } == ["sentence 11"])
    }

    @Test func otherEventsOfOneSentenceAndLargerFactsStay() {
        let facts = [
            fact([1, 11], statements: ["Trump → inauguration", "→ swear → Trump"]),
            // The same sentence with another statement: another event it reports.
            fact([1, 12], statements: ["Xi → call → Putin", "Putin → call → Xi"]),
            // Another class of event.
            fact([1, 13], statements: ["Trump → inauguration", "Trump → inauguration"], slot: "event say"),
            // Three outlets: it joins the third one too.
            fact([1, 14, 21], statements: ["Trump → inauguration", "Trump → inauguration", "Trump → inauguration"]),
        ]
        #expect(EventAligner.withoutRepeatedPairs(facts) { _, _ in false }.count == 4)
    }
}
