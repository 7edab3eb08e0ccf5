/// Month names and their abbreviations ("January", "Jan.", "Sept"): the one list of them.
///
/// Every reader of month names reads this list: the date rules through the lookups below, the time
/// recognizer's pre-filters through `keys`, the tokenizer and the sentence splitter through
/// `abbreviations` (the words whose period does not end a sentence), `NonNameWords.calendarWords`,
/// and the feed date and dateline readers of `ParallaxIngest` through `fullNames` and `abbreviations`.
///
/// `month(at:in:)` requires the capital so that the verbs "may" and "march" are not read as months.
package enum MonthName {
    /// Each month's full name and its abbreviations, January first, lowercase. An abbreviation is
    /// read with or without its period ("jan", "jan."); "may" has none.
    private static let spellings: [(name: String, abbreviations: [String])] = [
        ("january", ["jan"]), ("february", ["feb"]), ("march", ["mar"]), ("april", ["apr"]), ("may", []),
        ("june", ["jun"]), ("july", ["jul"]), ("august", ["aug"]), ("september", ["sep", "sept"]),
        ("october", ["oct"]), ("november", ["nov"]), ("december", ["dec"]),
    ]

    /// The full names, January first, lowercase.
    package static let fullNames: [String] = spellings.map(\.name)

    /// The abbreviations without their period, lowercase ("jan", "sep", "sept").
    package static let abbreviations: [String] = spellings.flatMap(\.abbreviations)

    /// The keys of every spelling: full names, and abbreviations with and without their period.
    package static let keys: Set<WordKey> = Set(table.keys)

    /// The month named by a key, without the capital check (for the part of "mid-November" after the hyphen).
    package static func month(key: WordKey?) -> Int? { key.flatMap { table[$0] } }

    /// The month of each spelling's key.
    private static let table: [WordKey: Int] = {
        var table: [WordKey: Int] = [:]
        for (offset, spelling) in spellings.enumerated() {
            for word in [spelling.name] + spelling.abbreviations + spelling.abbreviations.map({ $0 + "." }) {
                if let key = WordKey.word(word) { table[key] = offset + 1 }
            }
        }
        return table
    }()
}
