/// Reading weekday names from tokens, for the rules that match on `KeyedTokens`.
extension WeekdayName {
    /// The ISO weekday named by token `index`, if it names one.
    static func weekday(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.isCapitalized(index), let key = tokens.key(index) else { return nil }
        return weekday(key: key)
    }

    /// The ISO weekday named by token `index` in any letter case ("friday").
    package static func weekdayAnyCase(at index: Int, in tokens: KeyedTokens) -> Int? {
        tokens.key(index).flatMap { weekday(key: $0) }
    }
}
