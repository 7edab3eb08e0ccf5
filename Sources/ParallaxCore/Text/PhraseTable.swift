/// Word phrases ("more than", "in the coming") indexed by their first word and matched, longest
/// first, against keyed tokens: the lookup the pattern recognizers use for every multi-word cue.
struct PhraseTable<Value: Sendable>: Sendable {
    /// One phrase and its value.
    private struct Entry: Sendable {
        var words: [WordKey]
        var value: Value
    }

    private let entries: [WordKey: [Entry]]

    /// Builds the table from space-separated phrases; phrases with a word that has no key are left out.
    init(_ phrases: [(String, Value)]) {
        var entries: [WordKey: [Entry]] = [:]
        for (text, value) in phrases {
            let words = text.split(separator: " ").compactMap { WordKey(bytes: $0.utf8) }
            guard let first = words.first, words.count == text.split(separator: " ").count else { continue }
            entries[first, default: []].append(Entry(words: words, value: value))
        }
        self.entries = entries.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The longest phrase starting at token `index`, with the number of tokens it covers.
    func match(at index: Int, in tokens: KeyedTokens) -> (value: Value, length: Int)? {
        guard let first = tokens.key(index), let candidates = entries[first] else { return nil }
        for entry in candidates where matches(entry.words, at: index, in: tokens) {
            return (entry.value, entry.words.count)
        }
        return nil
    }

    /// Whether any phrase starts with the word of token `index`.
    func mayStart(at index: Int, in tokens: KeyedTokens) -> Bool {
        guard let first = tokens.key(index) else { return false }
        return entries[first] != nil
    }

    private func matches(_ words: [WordKey], at index: Int, in tokens: KeyedTokens) -> Bool {
        for (offset, word) in words.enumerated().dropFirst() where tokens.key(index + offset) != word {
            return false
        }
        return true
    }
}
