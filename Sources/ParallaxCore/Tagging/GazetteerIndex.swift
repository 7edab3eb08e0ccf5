/// The project's gazetteers keyed by byte hashes, so the tagger can look names up without building strings.
///
/// Built once per process from `Gazetteer`, `GivenNames` and `PersonTitles`. Multi-word names are
/// matched over consecutive tokens joined by one space, case-insensitively (acronyms exactly).
struct GazetteerIndex: Sendable {
    /// Lowercased-name hash → entity type code (see `typeCode`).
    let names: HashedKeyTable<UInt8>
    /// Exact acronym hash → entity type code.
    let acronyms: HashedKeyTable<UInt8>
    /// Exact hashes of common given names.
    let givenNames: HashedKeyTable<Bool>
    /// Exact hashes of titles, honorifics and role words (`President`, `Mr.`, `minister`).
    let titles: HashedKeyTable<Bool>

    /// The shared index.
    static let shared = GazetteerIndex()

    private init() {
        var names = HashedKeyTable<UInt8>(capacity: Gazetteer.names.count)
        for (name, type) in Gazetteer.names { names[FeatureHash.string(name, lowercasing: true)] = Self.typeCode(type) }
        var acronyms = HashedKeyTable<UInt8>(capacity: Gazetteer.acronyms.count)
        for (name, type) in Gazetteer.acronyms { acronyms[FeatureHash.string(name, lowercasing: false)] = Self.typeCode(type) }
        self.names = names
        self.acronyms = acronyms
        givenNames = HashedKeyTable(keys: GivenNames.all.map { FeatureHash.string($0, lowercasing: false) })
        let titleWords = PersonTitles.heads.union(PersonTitles.modifiers).union(PersonTitles.honorifics)
            .union(PersonTitles.roleNouns)
        titles = HashedKeyTable(keys: titleWords.map { FeatureHash.string($0, lowercasing: false) })
    }

    /// A small code for an entity type (1…6; 0 is "not listed").
    static func typeCode(_ type: EntityType) -> UInt8 {
        switch type {
        case .person: 1
        case .organization: 2
        case .geopolitical: 3
        case .location: 4
        case .nationality: 5
        case .miscellaneous: 6
        }
    }

    /// The entity type of a code from `typeCode`.
    static func type(ofCode code: UInt8) -> EntityType? {
        switch code {
        case 1: .person
        case 2: .organization
        case 3: .geopolitical
        case 4: .location
        case 5: .nationality
        case 6: .miscellaneous
        default: nil
        }
    }

    /// For each token of `sentence`, `type * 4 + position` (B 0, I 1, L 2, U 3) of the longest listed
    /// name covering it, or 0. Writes into `codes` at the token indices.
    func mark(
        sentence: Range<Int>, tokens: UnsafeBufferPointer<Range<Int>>, bytes: UnsafeBufferPointer<UInt8>,
        into codes: inout [UInt8]
    ) {
        let sentence = sentence.clamped(to: 0..<min(tokens.count, codes.count))
        func clamp(_ range: Range<Int>) -> Range<Int> {
            let lower = min(max(range.lowerBound, 0), bytes.count)
            return lower..<min(max(range.upperBound, lower), bytes.count)
        }
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let first = clamp(tokens[index])
            guard !first.isEmpty, bytes[first.lowerBound] &- 65 < 26 || bytes[first.lowerBound] >= 0x80 else {
                index += 1
                continue
            }
            var bestLength = 0
            var bestType: UInt8 = 0
            if let type = acronyms[FeatureHash.bytes(bytes, first)] {
                bestLength = 1
                bestType = type
            }
            var hash = FeatureHash.basis
            var end = index
            while end < sentence.upperBound, end - index < Gazetteer.longestEntry {
                if end > index { hash = FeatureHash.add(hash, 32) }
                for byte in clamp(tokens[end]) { hash = FeatureHash.add(hash, FeatureHash.lower(bytes[byte])) }
                end += 1
                if let type = names[hash] {
                    bestLength = end - index
                    bestType = type
                }
            }
            guard bestLength > 0 else {
                index += 1
                continue
            }
            if bestLength == 1 {
                codes[index] = bestType &* 4 &+ 3
            } else {
                codes[index] = bestType &* 4
                for inner in (index + 1)..<(index + bestLength - 1) { codes[inner] = bestType &* 4 &+ 1 }
                codes[index + bestLength - 1] = bestType &* 4 &+ 2
            }
            index += bestLength
        }
    }
}
