extension Sequence where Element: Hashable {
    /// The elements in order, each only at its first occurrence (the outlets of a report, of a quote
    /// group, of a date).
    func firstOccurrences() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
