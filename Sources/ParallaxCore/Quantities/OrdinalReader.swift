/// Reads an ordinal at a token of news text: `third`, `twenty-first`, `21st`, `2nd`.
///
/// Rules: an ordinal word ("first" … "ninetieth"), a tens word hyphenated with one ("twenty-first"),
/// or digits with an ordinal suffix (`st nd rd th`). "second" is a time unit, not an ordinal, after a
/// number, "a", "an", "one" or "per", or before "s" of a plural ("seconds" is never read). Scale
/// ordinals ("hundredth"), plurals and fraction words ("thirds", "half") are not positions.
struct OrdinalReader: Sendable {
    private static let second = WordKey.word("second")
    private static let unitCues = WordKey.set(["a", "an", "one", "per", "every", "split"])

    /// The ordinal's position when token `index` is one.
    func position(at index: Int, in tokens: KeyedTokens) -> Double? {
        switch tokens.kind(index) {
        case .word:
            return word(at: index, in: tokens)
        case .alphanumeric:
            return digitsWithSuffix(tokens.bytes(index))
        default:
            return nil
        }
    }

    private func word(at index: Int, in tokens: KeyedTokens) -> Double? {
        if let entry = plainOrdinal(tokens.key(index)) {
            if tokens.key(index) == Self.second,
                tokens.isWord(index - 1, in: Self.unitCues) || tokens.kind(index - 1) == .number
            {
                return nil
            }
            return entry
        }
        let parts = tokens.segments(index)
        guard parts.count == 2, let tens = parts[0].flatMap({ NumberWordParser.tens[$0] }),
            let unit = plainOrdinal(parts[1]), unit < 10
        else { return nil }
        return tens + unit
    }

    private func plainOrdinal(_ key: WordKey?) -> Double? {
        guard let entry = OrdinalWords.entry(key), !entry.isScale, !entry.isPlural, !entry.isDenominatorOnly else {
            return nil
        }
        return entry.value
    }

    /// `21st`, `2nd`, `103rd`, `4th` (suffix case-insensitive).
    private func digitsWithSuffix(_ bytes: ArraySlice<UInt8>) -> Double? {
        var value = 0.0
        var index = bytes.startIndex
        while index < bytes.endIndex, (0x30...0x39).contains(bytes[index]) {
            value = value * 10 + Double(bytes[index] - 0x30)
            index += 1
        }
        guard index > bytes.startIndex, bytes.endIndex - index == 2 else { return nil }
        let suffix = String(decoding: bytes[index...], as: UTF8.self).lowercased()
        return ["st", "nd", "rd", "th"].contains(suffix) ? value : nil
    }
}
