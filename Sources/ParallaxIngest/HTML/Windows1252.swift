/// The windows-1252 character set, which pages labelled ISO-8859-1 almost always use.
public enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F (nil where windows-1252 leaves a byte undefined).
    static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// The scalar one byte stands for; bytes undefined in windows-1252 map to the C1 control of the same value.
    public static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        if byte >= 0x80 && byte <= 0x9F, let value = high[Int(byte - 0x80)] { return Unicode.Scalar(value) }
        return Unicode.Scalar(UInt32(byte))
    }

    /// The UTF-8 encoding of windows-1252 bytes.
    public static func utf8(from bytes: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else if let scalar = scalar(for: byte) {
                if let encoded = UTF8.encode(scalar) { out.append(contentsOf: encoded) }
            }
        }
        return out
    }
}
