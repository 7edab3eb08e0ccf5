/// Month names and their abbreviations, written with a capital ("January", "Jan.", "Sept").
///
/// The capital is required so that the verbs "may" and "march" are not read as months.
package enum MonthName {
    /// The month (1–12) named by token `index`, if it names one.
    static func month(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard tokens.isCapitalized(index), let key = tokens.key(index) else { return nil }
        return table[key]
    }

    /// The month named by token `index` in any letter case ("april", "Jan."), for rules whose
    /// context (a day number, a year) already rules out the verbs.
    package static func monthAnyCase(at index: Int, in tokens: KeyedTokens) -> Int? {
        tokens.key(index).flatMap { table[$0] }
    }

    /// The month named by a key, without the capital check (for the part of "mid-November" after the hyphen).
    package static func month(key: WordKey?) -> Int? { key.flatMap { table[$0] } }

    private static let table: [WordKey: Int] = {
        let names = [
            ["january", "jan", "jan."], ["february", "feb", "feb."], ["march", "mar", "mar."],
            ["april", "apr", "apr."], ["may"], ["june", "jun", "jun."], ["july", "jul", "jul."],
            ["august", "aug", "aug."], ["september", "sep", "sep.", "sept", "sept."], ["october", "oct", "oct."],
            ["november", "nov", "nov."], ["december", "dec", "dec."],
        ]
        var table: [WordKey: Int] = [:]
        for (offset, words) in names.enumerated() {
            for word in words {
                if let key = WordKey.word(word) { table[key] = offset + 1 }
            }
        }
        return table
    }()
}
