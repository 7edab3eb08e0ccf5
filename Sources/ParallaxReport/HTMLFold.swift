/// Long lists in an HTML report: the first items shown, the rest behind "show more" toggles of one
/// page each (`<details>`, so it works without JavaScript), so that a story of fifty outlets opens as
/// short as one of two and the reader expands what they want.
enum HTMLFold {
    /// At most `items` items on the page, then a link (`link`) to a page with them all: what keeps a
    /// served story page small when its extraction found hundreds of facts.
    struct Limit: Sendable {
        let items: Int
        let link: String
    }

    /// `items` with the first `shown` visible and the rest in pages of `page` items, each page a
    /// toggle nested in the one before; with a `limit`, only that many, then a link to all of them.
    /// `wrap` turns a run of items into markup (a list, a table).
    static func items(_ items: [String], shown: Int, page: Int, noun: String, limit: Limit? = nil, wrap: ([String]) -> String) -> String {
        if let limit, items.count > limit.items {
            return Self.items(Array(items.prefix(limit.items)), shown: shown, page: page, noun: noun, wrap: wrap)
                + "<p class=all><a href=\"\(limit.link)\">All \(items.count) \(noun) →</a></p>"
        }
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
