/// Turns an input's bytes into a string: refuses binary data, honours byte-order marks, repairs
/// invalid UTF-8.
enum InputTextDecoder {
    /// A decoded input.
    struct Decoded: Sendable, Hashable {
        /// The text.
        var text: String
        /// How many bytes were invalid and became U+FFFD.
        var repairedBytes: Int
        /// The encoding the bytes were read in, for messages (`UTF-8`, `UTF-16`).
        var encoding: String = "UTF-8"
    }

    /// How many leading bytes the binary check looks at.
    static let sampleSize = 8192

    /// Decodes `bytes` as UTF-8 (or UTF-16 when a UTF-16 byte-order mark says so).
    ///
    /// A UTF-8 byte-order mark is dropped unless `keepByteOrderMark` (raw mode keeps the text as given).
    static func decode(_ bytes: [UInt8], keepByteOrderMark: Bool) throws(IngestError) -> Decoded {
        guard !bytes.isEmpty else { throw .emptyText }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes[2...], littleEndian: bytes[0] == 0xFF)
        }
        guard !looksBinary(bytes.prefix(sampleSize)) else { throw .binaryContent }
        var body = bytes[...]
        if !keepByteOrderMark, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return Decoded(text: text, repairedBytes: 0) }
        return Decoded(text: String(decoding: body, as: UTF8.self), repairedBytes: invalidUTF8Count(body))
    }

    /// Whether a sample holds a NUL byte, or more than 10% control bytes other than tab, line feed,
    /// form feed and carriage return.
    static func looksBinary(_ sample: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F {
                controls += 1
            }
        }
        return controls * 10 > sample.count
    }

    /// The number of bytes that are not part of a well-formed UTF-8 sequence.
    static func invalidUTF8Count(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var invalid = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error(let length): invalid += length
            case .emptyInput: return invalid
            }
        }
    }

    /// Decodes UTF-16 code units (the byte-order mark already removed); a dangling odd byte counts as repaired.
    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while bytes.endIndex - index >= 2 {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var repaired = bytes.count % 2
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error(let length): repaired += 2 * length
            case .emptyInput: break parsing
            }
        }
        return Decoded(text: String(decoding: units, as: UTF16.self), repairedBytes: repaired, encoding: "UTF-16")
    }
}
