/// The case of the letter that starts at a byte offset of UTF-8 text.
///
/// Covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic, which is what sentence-start checks
/// meet in news; anything else (digits, symbols, other scripts) is `.none`.
enum LetterCase: Sendable {
    case upper, lower, none

    /// The case of the scalar starting at `offset` in `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        guard offset >= 0, offset < bytes.count else {
            self = .none
            return
        }
        let lead = bytes[offset]
        switch lead {
        case 0x41...0x5A: self = .upper
        case 0x61...0x7A: self = .lower
        case 0xC3...0xD3:
            guard offset + 1 < bytes.count else {
                self = .none
                return
            }
            self = LetterCase(twoByteScalar: UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F))
        default: self = .none
        }
    }

    /// The case of a scalar in U+00C0 ..< U+0500.
    private init(twoByteScalar scalar: UInt32) {
        switch scalar {
        case 0xD7, 0xF7: self = .none  // × ÷
        case 0xC0...0xDE: self = .upper
        case 0xDF...0xFF: self = .lower
        case 0x100...0x17F: self = scalar & 1 == 0 ? .upper : .lower  // Latin Extended-A (mostly paired)
        case 0x391...0x3A9: self = .upper  // Greek
        case 0x3AC...0x3CE: self = .lower
        case 0x400...0x42F: self = .upper  // Cyrillic
        case 0x430...0x45F: self = .lower
        default: self = .none
        }
    }
}
