/// Halves of a year: "the first half of 2025" (`2025-H1`), "the second half of 1989", "the last
/// half of 1989" (`1989-H2`), "the first two quarters of 1990" (`1990-H1`), and of a year named from
/// the document date ("the first half of next year", "the second half of this year"). A half of a
/// decade or of something else ("the last half of the '80s") is left to the rules for that.
struct HalfYearRule: TimeRule {
    private let calendar = CalendarNumberRules()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let position = tokens.isWord(index, Self.the) ? index + 1 : index
        guard let key = tokens.key(position), let half = Self.halves[key] else { return nil }
        // "half of", or "two quarters of" ("the first two quarters of 1990")
        let twoQuarters = tokens.isWord(position + 1, Self.two) && tokens.isWord(position + 2, Self.quarters)
        let ofIndex = position + (twoQuarters ? 3 : 2)
        guard twoQuarters || tokens.isWord(position + 1, Self.halfWord), tokens.isWord(ofIndex, Self.of) else {
            return nil
        }
        let yearIndex = ofIndex + 1
        let year: Int?
        let end: Int
        if let written = calendar.fourDigitValue(at: yearIndex, in: tokens), (1000...2199).contains(written) {
            (year, end) = (written, yearIndex + 1)
        } else if let relative = tokens.key(yearIndex).flatMap({ Self.directions[$0] }),
            tokens.isWord(yearIndex + 1, Self.yearWord)
        {
            (year, end) = (anchor.map { $0.year + relative }, yearIndex + 2)
        } else {
            return nil
        }
        guard let year else {
            return TimeMatch(tokens: index..<end, type: .date, value: "XXXX-H\(half)", resolved: false)
        }
        let value = TimexFormat.half(year: year, half: half)
        return TimeMatch(tokens: index..<end, type: .date, value: value.value, days: value.days)
    }

    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let halfWord = WordKey.word("half")
    private static let two = WordKey.word("two")
    private static let quarters = WordKey.word("quarters")
    private static let yearWord = WordKey.word("year")
    private static let halves: [WordKey: Int] = WordKey.table(["first": 1, "second": 2, "last": 2])
    private static let directions: [WordKey: Int] = WordKey.table(["last": -1, "this": 0, "next": 1])
}
