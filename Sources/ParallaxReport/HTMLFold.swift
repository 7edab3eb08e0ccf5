/// Long lists in an HTML report: the first items shown, the rest behind "show more" toggles of one
/// page each (`<details>`, so it works without JavaScript), so that a story of fifty outlets opens as
/// short as one of two and the reader expands what they want.
enum HTMLFold {
    /// `items` with the first `shown` visible and the rest in pages of `page` items, each page a
    /// toggle nested in the one before. `wrap` turns a run of items into markup (a list, a table).
    static func items(_ items: [String], shown: Int, page: Int, noun: String, wrap: ([String]) -> String) -> String {
        guard items.count > shown else { return items.isEmpty ? "" : wrap(items) }
        let visible = shown > 0 ? wrap(Array(items.prefix(shown))) : ""
        return visible + more(Array(items.dropFirst(shown)), page: max(1, page), noun: noun, wrap: wrap)
    }

    private static func more(_ rest: [String], page: Int, noun: String, wrap: ([String]) -> String) -> String {
        guard !rest.isEmpty else { return "" }
        let next = Array(rest.prefix(page))
        let label = rest.count <= page ? "Show \(rest.count) more \(noun)" : "Show \(next.count) more \(noun) (\(rest.count) not shown)"
        return "<details class=more><summary>\(label)</summary>" + wrap(next)
            + more(Array(rest.dropFirst(page)), page: page, noun: noun, wrap: wrap) + "</details>"
    }
}
