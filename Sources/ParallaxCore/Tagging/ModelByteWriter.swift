/// Writes little-endian values for a model file.
struct ModelByteWriter {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Appends one byte.
    mutating func uint8(_ value: UInt8) { bytes.append(value) }

    /// Appends a little-endian 16-bit value.
    mutating func uint16(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends a little-endian 32-bit value.
    mutating func uint32(_ value: UInt32) {
        uint16(UInt16(truncatingIfNeeded: value))
        uint16(UInt16(truncatingIfNeeded: value >> 16))
    }

    /// Appends an unsigned LEB128 value.
    mutating func varint(_ value: UInt32) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}
