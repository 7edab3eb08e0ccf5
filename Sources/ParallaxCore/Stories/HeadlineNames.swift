/// The keys a headline may name people, organizations or places by: its runs of capitalized words and
/// every part of them up to three words long, spelled as profile keys are ("St. Louis" → "st louis").
///
/// A boilerplate page (a pay wall, a sign-in form) has nothing of its report but the headline, and no
/// entity analysis of it; looking these keys up among the names and places the stream already knows
/// lets the page meet its story on "Killeen" or "St. Louis" as a full article would.
public enum HeadlineNames {
    /// Longest run part taken, in words.
    static let longestPart = 3

    /// The candidate keys of `title`, without repeats: run by run, its one-word parts, then its two-word
    /// and three-word ones; keys of two characters or fewer ("un", "st" alone) are left out as too
    /// ambiguous to meet a name on.
    public static func keys(of title: String) -> [String] {
        var runs: [[String]] = [[]]
        for token in title.split(whereSeparator: \.isWhitespace) {
            let words = StoryProfile.keyWords(of: token).map(String.init)
            let capitalized = token.first { $0.isLetter }?.isUppercase ?? false
            guard capitalized, !words.isEmpty else {
                if !(runs.last?.isEmpty ?? true) { runs.append([]) }
                continue
            }
            runs[runs.count - 1] += words
            // A run ends at a token closing a clause ("Killeen:", "Louis,").
            if let last = token.last, !last.isLetter, !last.isNumber, last != "." { runs.append([]) }
        }
        var seen = Set<String>()
        var keys: [String] = []
        for run in runs where !run.isEmpty {
            for length in 1...min(longestPart, run.count) {
                for start in 0...(run.count - length) {
                    let key = run[start..<(start + length)].joined(separator: " ")
                    if key.count > 2, seen.insert(key).inserted { keys.append(key) }
                }
            }
        }
        return keys
    }
}
