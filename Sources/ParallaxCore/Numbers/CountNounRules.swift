/// Decides whether the word after a number is a plural noun that the number counts.
///
/// Without a part-of-speech tagger the rule is lexical: a word is a counted noun when it is a
/// known irregular plural ("people", "men", "children", "police", "staff", …) or ends in "s" and is
/// neither a function word ("this", "its", "was"), a common third-person verb ("says", "shows"),
/// nor a singular in -ss, -us, -is or -ous ("status", "crisis", "various"). Time units, currency
/// words and "times" are handled elsewhere and never counted nouns. The unit is the word lowercased.
struct CountNounRules: Sendable {
    /// Creates the rules.
    init() {}

    /// The counted noun at token `index`, lowercased, when the word there is one.
    func noun(at index: Int, in tokens: KeyedTokens) -> String? {
        guard tokens.kind(index) == .word, let key = tokens.key(index) else { return nil }
        if Self.irregular.contains(key) { return tokens.lowercased(index) }
        let bytes = tokens.bytes(index)
        guard bytes.count >= 3, bytes.allSatisfy(Self.isNounByte), !Self.excluded.contains(key),
            TimeUnit.word(key) == nil
        else { return nil }
        let last = bytes[bytes.endIndex - 1] | 0x20
        let before = bytes[bytes.endIndex - 2] | 0x20
        // Plural -s, but not the singular endings -ss, -us, -is ("status", "crisis", "various").
        guard last == 0x73, before != 0x73, before != 0x75, before != 0x69 else { return nil }
        return tokens.lowercased(index)
    }

    /// ASCII letters and inner hyphens only ("year-olds" is a noun; "U.S." is not).
    private static func isNounByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D
    }

    private static let irregular = WordKey.set([
        "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "aircraft",
        "livestock", "crew", "militia", "clergy", "feet", "teeth", "geese", "mice", "fish", "deer",
    ])

    private static let excluded = WordKey.set([
        "as", "is", "was", "has", "his", "its", "this", "thus", "yes", "us", "plus", "less", "unless", "whereas",
        "perhaps", "always", "towards", "afterwards", "besides", "sometimes", "news", "hers", "ours", "yours",
        "theirs", "does", "goes", "says", "shows", "means", "makes", "seems", "remains", "includes", "requires",
        "states", "calls", "needs", "wants", "looks", "gives", "puts", "sets", "runs", "leads", "hits", "adds",
        "gets", "takes", "comes", "times", "percent", "cents", "whereabouts", "overseas", "nevertheless",
        "regardless", "alas", "whatsoever", "across", "upwards", "downwards", "sideways", "backwards",
        "forwards", "outwards", "inwards", "ones", "others", "tens", "dozens", "hundreds", "thousands", "millions",
        "billions", "trillions", "scores",
    ])
}
