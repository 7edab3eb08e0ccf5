/// Content words of a text, lowercased and lightly stemmed, for comparing contexts across articles.
///
/// Used by alignment: two figures or quotes from different articles are the same fact when the words
/// around them overlap. Function words and reporting verbs carry no signal and are dropped.
public enum ContentWords {
    /// Words that never count as context.
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it",
        "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "our", "your", "him", "them", "us", "who", "whom", "which", "what", "when", "where", "while", "during",
        "after", "before", "about", "into", "over", "than", "then", "so", "if", "not", "no", "also", "said",
        "says", "say", "told", "would", "will", "could", "should", "can", "may", "might", "must", "there",
        "here", "all", "any", "some", "more", "most", "other", "such", "only", "own", "same", "very", "just",
        "up", "out", "per", "cent", "percent", "according", "however", "both", "each", "between", "against",
        "since", "until", "within", "without", "because", "around", "nearly", "almost", "least", "under",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "hour", "hours",
        "minute", "minutes", "day", "days", "week", "weeks", "month", "months", "year", "years", "s", "t",
    ]

    /// The content-word stems of `text`, in order.
    public static func stems(of text: some StringProtocol) -> [String] { words(of: text).map(\.stem) }

    /// The content words of `text` as written, with their stems, in order: runs of letters and digits
    /// longer than one character that are neither stopwords nor all digits.
    public static func words(of text: some StringProtocol) -> [(stem: String, word: String)] {
        var result: [(stem: String, word: String)] = []
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let lower = word.lowercased()
            guard lower.count > 1, !stopwords.contains(lower), !lower.allSatisfy(\.isNumber) else { continue }
            result.append((stem(lower), String(word)))
        }
        return result
    }

    /// A light stem: the first six letters after dropping plural and verb endings.
    static func stem(_ word: String) -> String {
        var w = word
        for suffix in ["ies", "ing", "ed", "es", "s"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        return String(w.prefix(6))
    }

    /// Dice coefficient of two stem sets: 2|A∩B| / (|A|+|B|).
    public static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
