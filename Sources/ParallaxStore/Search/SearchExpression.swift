/// Turns what a user types into a safe FTS5 expression: every word and every "quoted phrase" must
/// occur; nothing the user types is read as FTS5 syntax (no column filters, operators or stars).
public enum SearchExpression {
    /// What the user typed as phrases to find: each "quoted phrase" and each other word, as its words
    /// (runs of letters and digits); the same reading for every store's search syntax.
    public static func phrases(_ text: String) -> [[String]] {
        var phrases: [[String]] = []
        for (index, piece) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            let words = Self.words(piece)
            guard !words.isEmpty else { continue }
            if index % 2 == 1 { phrases.append(words) } else { phrases += words.map { [$0] } }
        }
        return phrases
    }

    /// The FTS5 expression for `text`, optionally requiring `entity` in the entity-names column; nil
    /// when there is no word to search for.
    static func fts5(_ text: String, entity: String? = nil) -> String? {
        var parts = phrases(text).map(Self.phrase)
        if let entity {
            let words = Self.words(Substring(entity))
            guard !words.isEmpty else { return nil }
            parts.append("entities : \(Self.phrase(words))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Runs of letters and digits.
    public static func words(_ text: Substring) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static func phrase(_ words: [String]) -> String {
        // Words hold letters and digits only, so nothing inside the quotes needs escaping.
        "\"" + words.joined(separator: " ") + "\""
    }

    /// Marks a store's snippet function puts around each matched word (control characters never kept
    /// in stored text, stripped again when the highlights are read off).
    public static let markStart = "\u{2}"
    public static let markEnd = "\u{3}"

    /// A snippet marked with `markStart`/`markEnd` around each matched word, without its marks, and where the marked words are ([start, length] in scalars).
    public static func highlights(in passage: String) -> (String, [[Int]]) {
        var text = String.UnicodeScalarView()
        var highlights: [[Int]] = []
        var start: Int?
        for scalar in passage.unicodeScalars {
            switch scalar {
            case "\u{2}": start = text.count
            case "\u{3}":
                if let begin = start, text.count > begin { highlights.append([begin, text.count - begin]) }
                start = nil
            default: text.append(scalar)
            }
        }
        return (String(text), highlights)
    }
}
