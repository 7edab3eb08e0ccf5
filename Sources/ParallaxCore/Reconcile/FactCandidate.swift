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
    /// Content words near the value, nearest first, for descriptions.
    var nearWords: [(stem: String, word: String)]
    /// The sentence holding the value.
    var sentence: String

    /// How this value relates to another of the same slot.
    func relation(to other: FactCandidate) -> IntervalRelation {
        if let a = interval, let b = other.interval { return a.relation(to: b) }
        if let a = days, let b = other.days { return a.relation(to: b) }
        return .disjoint
    }
}
