/// One family of temporal expressions ("21 January 2025", "last week", "every day") that the
/// pattern time recognizer tries at each token.
package protocol TimeRule: Sendable {
    /// The expression starting at token `index`, resolved against `anchor` (the document date) when given.
    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch?
}
