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
        let previous = range.lowerBound - 1
        return range.count == 1 && tokens.isCapitalized(range.lowerBound) && tokens.isWord(range.lowerBound, today)
            && tokens.kind(previous) == .word && tokens.isCapitalized(previous)
    }

    private static let holidayNouns = WordKey.set(["day", "year", "century"])
    private static let today = WordKey.word("today")
}
