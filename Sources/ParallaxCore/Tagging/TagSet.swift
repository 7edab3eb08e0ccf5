/// The labels a tagger model chooses from, and which label may follow which.
///
/// For BILOU entity tags a `B-X` or `I-X` must be followed by `I-X` or `L-X`, and `I-X`, `L-X` only
/// follow `B-X` or `I-X`; the decoder never builds an ill-formed entity. Other tag sets allow any order.
public struct TagSet: Sendable, Hashable {
    /// The labels, indexed by tag number.
    public let names: [String]
    /// Row `previous` (the start row is `names.count`), column `tag`: whether `tag` may follow.
    let allowed: [Bool]

    /// A tag set over `names`; BILOU constraints apply when the names look like BILOU tags.
    public init(names: [String]) {
        self.names = names
        let count = names.count
        var allowed = [Bool](repeating: true, count: (count + 1) * count)
        let parts = names.map(EntityLabels.split)
        let isBILOU = names.contains { $0.hasPrefix("L-") || $0.hasPrefix("U-") }
        if isBILOU {
            for previous in 0...count {
                let (prefix, type) = previous < count ? parts[previous] : ("O", "")
                let open = prefix == "B" || prefix == "I"
                for tag in 0..<count {
                    let (next, nextType) = parts[tag]
                    let continues = next == "I" || next == "L"
                    allowed[previous * count + tag] = open ? (continues && nextType == type) : !continues
                }
            }
        }
        self.allowed = allowed
    }

    /// The number of tags.
    public var count: Int { names.count }

    /// The tag number of `name`, if it is in the set.
    public func index(of name: String) -> Int? { names.firstIndex(of: name) }

    /// The BILOU tag set for entity types `types` (`O` first).
    public static func bilou(types: [String]) -> TagSet {
        var names = ["O"]
        for type in types { for prefix in ["B", "I", "L", "U"] { names.append("\(prefix)-\(type)") } }
        return TagSet(names: names)
    }
}
