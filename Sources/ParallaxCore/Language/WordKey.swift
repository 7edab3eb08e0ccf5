/// A short ASCII word, lowercased and packed into two integers, for allocation-free lookups in the
/// small word lists the text rules use (sentence openers, abbreviations, speech verbs).
///
/// Words longer than 16 bytes or containing non-ASCII bytes have no key.
package struct WordKey: Hashable, Sendable {
    private var high: UInt64 = 0
    private var low: UInt64 = 0

    /// The key of a byte sequence, or nil when it is longer than 16 bytes or not ASCII.
    package init?<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
        var count = 0
        for byte in bytes {
            guard byte < 0x80, count < 16 else { return nil }
            let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if count < 8 { high = high << 8 | lowered } else { low = low << 8 | lowered }
            count += 1
        }
        low = low << 8 | UInt64(count)
    }

    /// The key of `buffer[range]`, or nil when the range is out of bounds, too long or not ASCII.
    init?(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.lowerBound >= 0, range.upperBound <= buffer.count, range.count <= 16 else { return nil }
        self.init(bytes: UnsafeBufferPointer(rebasing: buffer[range]))
    }

    /// The keys of a word list (words without a key are left out).
    package static func set(_ words: [String]) -> Set<WordKey> {
        Set(words.compactMap { WordKey(bytes: $0.utf8) })
    }
}
