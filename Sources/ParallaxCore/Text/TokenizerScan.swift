/// One pass over the bytes; a struct so the hot loop works on an unsafe buffer without ARC traffic.
///
/// ## Topics
/// - This file: the scan's state, the main loop and the byte tests it inlines.
/// - `TokenizerScan+Words.swift`: words, clitics, abbreviations and numbers.
/// - `TokenizerScan+Wide.swift`: non-ASCII spaces, quotation marks, dashes and symbols.
/// - `TokenizerScan+Punctuation.swift`: ASCII punctuation and straight quotation marks.
struct TokenizerScan {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The 256-entry byte class table, held as a pointer so the hot loop pays no global-access check.
    let classes: UnsafeBufferPointer<ByteClass>
    var tokens: [Token] = []
    var gap: TokenGap = .paragraph
    var newlines = 0

    /// Starts a scan of `bytes` with the byte class table `classes`.
    init(bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteClass>) {
        self.bytes = bytes
        self.classes = classes
        tokens.reserveCapacity(bytes.count / 5 + 16)
    }

    /// Packs up to 8 lowercased bytes into a lookup key.
    static func key(_ slice: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for byte in slice.prefix(8) { value = value << 8 | UInt64(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
        return value
    }

    /// Scans every byte and returns the tokens.
    mutating func run() -> [Token] {
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            switch cls(byte) {
            case .space:
                i += 1
                if gap == .none { gap = .space }
            case .newline:
                i += 1
                newlines += 1
                gap = newlines >= 2 || tokens.isEmpty ? .paragraph : .newline
            case .letter:
                i = word(from: i, sawDigit: false)
            case .digit:
                i = number(from: i)
            case .wide:
                i = wide(at: i)
            case .other:
                i = punctuation(at: i, byte: byte)
            }
        }
        return tokens
    }

    /// Appends the token `start..<end` with the gap before it, and resets the gap.
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        tokens.append(Token(start: start, end: end, kind: kind, gap: gap))
        gap = .none
        newlines = 0
    }

    /// The class of `byte` (every byte of a non-ASCII scalar is `.wide`).
    @inline(__always) func cls(_ byte: UInt8) -> ByteClass { classes[Int(byte)] }

    /// The byte at `i`, or 0 past the end.
    @inline(__always) func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    /// Whether a letter starts at `i`: an ASCII letter, or a non-ASCII scalar `wideKind(at:)` leaves unclassified.
    @inline(__always) func isLetter(_ i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let kind = cls(bytes[i])
        return kind == .letter || (kind == .wide && wideKind(at: i) == nil)
    }

    /// Whether an ASCII digit is at `i`.
    @inline(__always) func isDigit(_ i: Int) -> Bool { i < bytes.count && cls(bytes[i]) == .digit }

    /// Whether a letter or a digit starts at `i`.
    @inline(__always) func isAlnum(_ i: Int) -> Bool { isLetter(i) || isDigit(i) }

    /// Length of the UTF-8 sequence starting with `byte`.
    @inline(__always) static func width(_ byte: UInt8) -> Int {
        byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    }
}
