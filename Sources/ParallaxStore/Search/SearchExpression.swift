/// Turns what a user types into a safe FTS5 expression: every word and every "quoted phrase" must
/// occur; nothing the user types is read as FTS5 syntax (no column filters, operators or stars).
enum SearchExpression {
    /// The FTS5 expression for `text`, optionally requiring `entity` in the entity-names column; nil
    /// when there is no word to search for.
    static func fts5(_ text: String, entity: String? = nil) -> String? {
        var parts: [String] = []
        var inQuote = false
        for (index, piece) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            inQuote = index % 2 == 1
            let words = Self.words(piece)
            guard !words.isEmpty else { continue }
            if inQuote {
                parts.append(Self.phrase(words))
            } else {
                parts += words.map { Self.phrase([$0]) }
            }
        }
        if let entity {
            let words = Self.words(Substring(entity))
            guard !words.isEmpty else { return nil }
            parts.append("entities : \(Self.phrase(words))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Runs of letters and digits.
    static func words(_ text: Substring) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static func phrase(_ words: [String]) -> String {
        // Words hold letters and digits only, so nothing inside the quotes needs escaping.
        "\"" + words.joined(separator: " ") + "\""
    }
}
