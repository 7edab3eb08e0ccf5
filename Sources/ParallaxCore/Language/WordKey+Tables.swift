extension WordKey {
    /// The keys of a word table with its values (words without a key are left out).
    package static func table<Value>(_ pairs: KeyValuePairs<String, Value>) -> [WordKey: Value] {
        var table: [WordKey: Value] = [:]
        for (word, value) in pairs {
            if let key = WordKey(bytes: word.utf8) { table[key] = value }
        }
        return table
    }

    /// The key of a word spelled in the source (nil only for words over 16 bytes or not ASCII).
    package static func word(_ word: String) -> WordKey? { WordKey(bytes: word.utf8) }
}
