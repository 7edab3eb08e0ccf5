/// Reads little-endian values from a model file, throwing `TaggerModelError.truncated` past the end.
struct ModelByteReader {
    /// The bytes.
    let bytes: [UInt8]
    /// The read position.
    var offset = 0

    /// A reader at the start of `bytes`.
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next byte.
    mutating func uint8() throws(TaggerModelError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated(atByte: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// The next little-endian 16-bit value.
    mutating func uint16() throws(TaggerModelError) -> UInt16 {
        UInt16(try uint8()) | UInt16(try uint8()) << 8
    }

    /// The next little-endian 32-bit value.
    mutating func uint32() throws(TaggerModelError) -> UInt32 {
        UInt32(try uint16()) | UInt32(try uint16()) << 16
    }

    /// The next unsigned LEB128 value (at most 5 bytes).
    mutating func varint() throws(TaggerModelError) -> UInt32 {
        var value: UInt32 = 0
        for shift in stride(from: 0, through: 28, by: 7) {
            let byte = try uint8()
            value |= UInt32(byte & 0x7f) << UInt32(shift)
            if byte < 0x80 { return value }
        }
        throw .corrupt("overlong number at byte \(offset)")
    }

    /// The next `count` bytes.
    mutating func take(_ count: Int) throws(TaggerModelError) -> ArraySlice<UInt8> {
        guard count <= bytes.count - offset else { throw .truncated(atByte: bytes.count) }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }
}
