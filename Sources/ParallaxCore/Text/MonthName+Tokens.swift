/// Reading month names from tokens, for the rules that match on `KeyedTokens`.
extension MonthName {
    /// The month (1–12) named by token `index`, if it names one.
    static func month(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.isCapitalized(index), let key = tokens.key(index) else { return nil }
        return month(key: key)
    }

    /// The month named by token `index` in any letter case ("april", "Jan."), for rules whose
    /// context (a day number, a year) already rules out the verbs.
    package static func monthAnyCase(at index: Int, in tokens: KeyedTokens) -> Int? {
        tokens.key(index).flatMap { month(key: $0) }
    }
}
