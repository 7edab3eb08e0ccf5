/// Weekday names, written with a capital ("Friday"), as ISO weekday numbers (1 = Monday … 7 = Sunday).
package enum WeekdayName {
    /// The ISO weekday named by token `index`, if it names one.
    static func weekday(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.isCapitalized(index), let key = tokens.key(index) else { return nil }
        return table[key]
    }

    /// The ISO weekday named by token `index` in any letter case ("friday").
    package static func weekdayAnyCase(at index: Int, in tokens: KeyedTokens) -> Int? {
        tokens.key(index).flatMap { table[$0] }
    }

    private static let table: [WordKey: Int] = WordKey.table([
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ])
}
