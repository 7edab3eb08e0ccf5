/// A value in one article that may align with values in others: a figure or a date with its context.
struct FactCandidate: Sendable {
    /// Index of the article in the story.
    var article: Int
    /// What is compared.
    var kind: FactKind
    /// The value slot; only candidates with the same slot align.
    var slot: String
    /// Readable slot label.
    var label: String
    /// Where the value is.
    var span: TextSpan
    /// The value's text.
    var text: String
    /// The interval, for quantities.
    var interval: ValueInterval?
    /// The days, for dates.
    var days: DayInterval?
    /// Readable normalized value.
    var display: String
    /// Content-word stems near the value.
    var context: Set<String>
    /// The sentence holding the value.
    var sentence: String
    /// Index of that sentence in the article.
    var sentenceIndex: Int
    /// Predicate lemmas of the statements the value belongs to ("meet", "announce").
    var predicates: Set<String> = []
    /// Predicate classes of those statements.
    var classes: Set<PredicateClass> = []
    /// Names of the actors taking part in those statements.
    var participants: Set<String> = []
    /// For places, the canonical name; two places are equal when their names are.
    var placeName: String?
    /// The event word and named participants of the nearest statement in the value's own clause (no
    /// comma, colon, dash or bracket between them), for describing the fact.
    var event: ClauseEvent?
    /// Whether every statement the value belongs to is a saying (the day something was said).
    var reporting = false
    /// Whether the label says in full what the value answers ("number of people killed"), so the fact
    /// needs no snippet of the sentence to describe it.
    var answersLabel = false
    /// How many values of the same slot and the same value come before it in the article.
    var occurrence = 0
    /// How many values of its slot the article has.
    var slotCount = 1

    /// How this value relates to another of the same slot.
    func relation(to other: FactCandidate) -> IntervalRelation {
        if let a = interval, let b = other.interval { return a.relation(to: b) }
        if let a = days, let b = other.days { return a.relation(to: b) }
        if let a = placeName, let b = other.placeName { return a == b ? .equal : .disjoint }
        return .disjoint
    }
}
