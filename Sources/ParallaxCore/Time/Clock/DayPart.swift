/// A part of a day ("morning", "tonight") and its TIMEX3 code (`MO`, `AF`, `EV`, `NI`).
enum DayPart: String, Sendable {
    case morning = "MO"
    case afternoon = "AF"
    case evening = "EV"
    case night = "NI"

    /// The part of day named by token `index` ("morning", "night", "overnight").
    static func named(at index: Int, in tokens: KeyedTokens) -> DayPart? {
        guard let key = tokens.key(index) else { return nil }
        return table[key]
    }

    private static let table: [WordKey: DayPart] = WordKey.table([
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night, "overnight": .night,
    ])
}
