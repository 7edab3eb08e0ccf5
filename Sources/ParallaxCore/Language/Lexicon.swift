/// Turns the word lists written in source (comma- or newline-separated) into lookup tables.
///
/// Lists live in one string literal each rather than in array literals: that keeps them readable,
/// easy to extend and cheap for the compiler.
enum Lexicon {
    /// The entries of `list`, trimmed, empties dropped, in order.
    static func entries(_ list: String) -> [String] {
        var result: [String] = []
        for line in list.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
            let entry = line.trimmingSpaces()
            if !entry.isEmpty { result.append(entry) }
        }
        return result
    }

    /// The entries of `list`, lowercased, as a set.
    static func lowercasedSet(_ list: String) -> Set<String> {
        Set(entries(list).map { $0.lowercased() })
    }

    /// The entries of `list` exactly as written, as a set.
    static func exactSet(_ list: String) -> Set<String> {
        Set(entries(list))
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs, as a `String`.
    func trimmingSpaces() -> String {
        var view = self[...]
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }
}
