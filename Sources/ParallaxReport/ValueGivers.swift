/// The distinct values a fact is given, each with the outlets giving it (in order, each once), the
/// value most outlets give first (first given first on a tie): the closed line of a fact and the
/// grouped claim matrix both show them this way.
enum ValueGivers {
    /// `pairs` (value, outlet) grouped by value and ranked.
    static func ranked(_ pairs: [(value: String, outlet: String)]) -> [(value: String, outlets: [String])] {
        var order: [String] = []
        var outlets: [String: [String]] = [:]
        for pair in pairs {
            if outlets[pair.value] == nil { order.append(pair.value) }
            if outlets[pair.value]?.contains(pair.outlet) != true { outlets[pair.value, default: []].append(pair.outlet) }
        }
        return order.enumerated().sorted { a, b in
            let (x, y) = (outlets[a.element]?.count ?? 0, outlets[b.element]?.count ?? 0)
            return x != y ? x > y : a.offset < b.offset
        }.map { ($0.element, outlets[$0.element] ?? []) }
    }
}
