import Testing

@testable import ParallaxIngest

@Suite("CRC32")
struct CRC32Tests {
    /// The byte-at-a-time definition the eight-table version must equal.
    func reference(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }

    @Test("matches the standard check value")
    func checkValue() {
        #expect(CRC32.checksum(ArraySlice("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test("equals the bitwise definition at every length and alignment")
    func everyLength() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for start in 0..<9 {
            for end in stride(from: start, through: bytes.count, by: 7) {
                #expect(CRC32.checksum(bytes[start..<end]) == reference(Array(bytes[start..<end])))
            }
        }
    }
}
