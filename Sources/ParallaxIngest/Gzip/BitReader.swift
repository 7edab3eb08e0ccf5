/// Reads a DEFLATE bit stream: bits least-significant first, bytes in order.
///
/// Bits are prefetched into a 64-bit buffer; bits beyond `count` are either zero or the input's own
/// next bits, never bits past the end of the input, so a peek near the end sees zero padding and the
/// caller decides whether that is truncation.
struct BitReader {
    /// The whole input.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to load into `buffer`.
    var position: Int
    /// Prefetched bits, next bit in the lowest position.
    var buffer: UInt64 = 0
    /// How many bits of `buffer` are valid.
    var count: Int = 0

    /// Creates a reader that starts at byte `position`.
    init(bytes: UnsafeBufferPointer<UInt8>, position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// Loads whole bytes until the buffer holds more than 56 bits or the input ends.
    ///
    /// Away from the end, one unaligned 8-byte load does it: the bytes it places above `count` are the
    /// very bytes the next refill places there again, so they may stay (an OR of equal bits); within
    /// 8 bytes of the end, bytes are loaded one at a time and nothing past the input is ever set.
    @inline(__always)
    mutating func refill() {
        if count <= 56, bytes.count - position >= 8, let base = bytes.baseAddress {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            buffer |= word << UInt64(count)
            let taken = (63 - count) >> 3
            position += taken
            count += taken * 8
            return
        }
        while count <= 56, position < bytes.count {
            buffer |= UInt64(bytes[position]) << UInt64(count)
            position += 1
            count += 8
        }
    }

    /// Takes the next `width` bits (0...32) as a number, first bit lowest.
    @inline(__always)
    mutating func bits(_ width: Int) throws(GzipError) -> Int {
        if count < width {
            refill()
            if count < width { throw .truncated }
        }
        let value = Int(truncatingIfNeeded: buffer & ((1 << UInt64(width)) - 1))
        buffer >>= UInt64(width)
        count -= width
        return value
    }

    /// Drops `width` bits already known to be in the buffer.
    @inline(__always)
    mutating func consume(_ width: Int) {
        buffer >>= UInt64(width)
        count -= width
    }

    /// Drops the bits up to the next byte boundary and returns the offset of the next unread byte.
    mutating func alignedPosition() -> Int {
        consume(count & 7)
        return position - count / 8
    }

    /// Continues reading at byte `offset`, forgetting prefetched bits.
    mutating func seek(to offset: Int) {
        position = offset
        buffer = 0
        count = 0
    }
}
