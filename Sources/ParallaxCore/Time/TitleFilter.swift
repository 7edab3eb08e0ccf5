/// Time words that are part of a name, not a time expression: a capitalized unit inside an
/// expression ("ABC's \"This Week\"", "CBS's \"60 Minutes\"") is a title, except the nouns of
/// holidays and centuries ("Thanksgiving Day", "Lunar New Year", "the 20th Century"), and a
/// capitalized "Today" after a capitalized word ("This is VOA Today") is a programme's name.
enum TitleFilter {
    /// Whether the expression over `range` is part of a name rather than a time.
    static func rejects(_ range: Range<Int>, in tokens: KeyedTokens) -> Bool {
        for index in range.dropFirst() where tokens.isCapitalized(index) && TimeUnit.word(tokens.key(index)) != nil {
            if !tokens.isWord(index, in: holidayNouns) { return true }
        }
        guard range.count == 1, let key = tokens.key(range.lowerBound), tokens.isCapitalized(range.lowerBound)
        else { return false }
        let previous = range.lowerBound - 1
        if key == today { return tokens.kind(previous) == .word && tokens.isCapitalized(previous) }
        return false
    }

    private static let holidayNouns = WordKey.set(["day", "year", "century"])
    private static let today = WordKey.word("today")
}
