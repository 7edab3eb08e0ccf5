/// A canonical Huffman code as a direct lookup table, indexed by the next `width` stream bits.
///
/// Each entry packs `symbol << 4 | codeLength`; zero marks bit patterns that no code starts with.
struct HuffmanTable: Sendable {
    /// Lookup entries, `1 << width` of them.
    let entries: [UInt16]
    /// The longest code length, and so the number of bits each lookup peeks.
    let width: Int

    /// Builds the code that assigns `lengths[symbol]` bits to each symbol (0: symbol unused).
    ///
    /// Over-subscribed length sets are rejected; incomplete ones are accepted, and their missing
    /// codes fail when met in the stream, as zlib does for single-code distance trees.
    init(lengths: [UInt8]) throws(GzipError) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths {
            guard length <= 15 else { throw .invalidDeflate(reason: "code length over 15") }
            counts[Int(length)] += 1
        }
        counts[0] = 0
        var maxLength = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - counts[length]
            guard left >= 0 else { throw .invalidDeflate(reason: "over-subscribed Huffman code") }
            if counts[length] > 0 { maxLength = length }
        }
        let width = max(maxLength, 1)
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        var entries = [UInt16](repeating: 0, count: 1 << width)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let length = Int(length)
            let code = nextCode[length]
            nextCode[length] += 1
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 {
                reversed |= 1 << (length - 1 - bit)
            }
            let entry = UInt16(symbol << 4 | length)
            var index = reversed
            while index < entries.count {
                entries[index] = entry
                index += 1 << length
            }
        }
        self.entries = entries
        self.width = width
    }

    /// Reads one symbol from `reader`.
    @inline(__always)
    func decode(_ reader: inout BitReader) throws(GzipError) -> Int {
        if reader.count < width { reader.refill() }
        let entry = entries[Int(truncatingIfNeeded: reader.buffer & ((1 << UInt64(width)) - 1))]
        let length = Int(entry & 15)
        if length == 0 || length > reader.count {
            if reader.count < width { throw .truncated }
            throw .invalidDeflate(reason: "invalid Huffman code")
        }
        reader.consume(length)
        return Int(entry >> 4)
    }

    /// The fixed literal/length code of block type 1.
    static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        return (try? HuffmanTable(lengths: lengths)) ?? HuffmanTable(entries: [0, 0], width: 1)
    }()

    /// The fixed distance code of block type 1.
    static let fixedDistances: HuffmanTable = {
        let lengths = [UInt8](repeating: 5, count: 32)
        return (try? HuffmanTable(lengths: lengths)) ?? HuffmanTable(entries: [0, 0], width: 1)
    }()

    /// Wraps prebuilt entries.
    private init(entries: [UInt16], width: Int) {
        self.entries = entries
        self.width = width
    }
}
