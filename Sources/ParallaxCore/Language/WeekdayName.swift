/// Weekday names and their abbreviations ("Friday", "Fri."), as ISO weekday numbers (1 = Monday …
/// 7 = Sunday): the one list of them.
///
/// Every reader of weekday names reads this list: the date rules through the lookups below, the
/// time recognizer's pre-filters through `keys`, the tokenizer through `abbreviations` (the words that
/// keep their period), `NonNameWords.calendarWords`, and the feed date reader of `ParallaxIngest`
/// through `fullNames`.
package enum WeekdayName {
    /// Each weekday's full name and its abbreviations (without their period), Monday first, lowercase.
    private static let spellings: [(name: String, abbreviations: [String])] = [
        ("monday", ["mon"]), ("tuesday", ["tue", "tues"]), ("wednesday", ["wed"]),
        ("thursday", ["thu", "thur", "thurs"]), ("friday", ["fri"]), ("saturday", ["sat"]), ("sunday", ["sun"]),
    ]

    /// The full names, Monday first, lowercase.
    package static let fullNames: [String] = spellings.map(\.name)

    /// The abbreviations without their period, lowercase ("mon", "tues", "thurs").
    package static let abbreviations: [String] = spellings.flatMap(\.abbreviations)

    /// The keys of the full names and of the abbreviations without their period.
    package static let keys: Set<WordKey> = Set(table.keys).union(abbreviationTable.keys)

    /// The ISO weekday whose full name has the key `key` ("sunday" of "sundays").
    package static func weekday(key: WordKey?) -> Int? { key.flatMap { table[$0] } }

    /// The ISO weekday whose abbreviation, without its period, has the key `key` ("tues").
    package static func weekday(abbreviation key: WordKey?) -> Int? { key.flatMap { abbreviationTable[$0] } }

    /// The weekday of each full name's key.
    private static let table: [WordKey: Int] = keyed(spellings.map { [$0.name] })

    /// The weekday of each abbreviation's key.
    private static let abbreviationTable: [WordKey: Int] = keyed(spellings.map(\.abbreviations))

    /// The weekday (1 for the first list) of each word's key in `lists`.
    private static func keyed(_ lists: [[String]]) -> [WordKey: Int] {
        var table: [WordKey: Int] = [:]
        for (offset, words) in lists.enumerated() {
            for word in words {
                if let key = WordKey.word(word) { table[key] = offset + 1 }
            }
        }
        return table
    }
}
