/// How many people an article says were killed, or injured, in what it reports: the toll, the first
/// question a reader of a shooting, a crash or a disaster asks, and the figure outlets most often
/// state in different words ("two women died", "left two dead", "a man was killed").
struct CasualtyCount: Sendable, Hashable {
    /// What happened to the people counted.
    enum Outcome: String, Sendable, Hashable, CaseIterable {
        case killed
        case injured

        /// The question the count answers, in words.
        var question: String {
            switch self {
            case .killed: "number of people killed"
            case .injured: "number of people injured"
            }
        }
    }

    /// What happened to them.
    var outcome: Outcome
    /// The words of the count ("two women"), or the outcome word when the count is implied by a
    /// single person ("killed" in "a man was killed") or by no one ("injured" in "no one was injured").
    var span: TextSpan
    /// How many.
    var value: ValueInterval
    /// The index of the count among the article's quantities when it is written as a figure.
    var quantity: Int?
}
