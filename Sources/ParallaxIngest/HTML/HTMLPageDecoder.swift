import Foundation

/// Turns a page's bytes into valid UTF-8, in the encoding the page declares.
///
/// A byte-order mark wins (UTF-8, UTF-16); otherwise a `<meta charset>` or `http-equiv` content type in
/// the first 4 KiB decides; pages labelled windows-1252, ISO-8859-1, Latin-1 or US-ASCII are read as
/// windows-1252, as browsers do. Everything else is read as UTF-8, invalid sequences becoming U+FFFD.
public enum HTMLPageDecoder {
    /// A page's text as UTF-8 bytes, with what was done to get it.
    public struct Decoded: Sendable, Hashable {
        /// Valid UTF-8.
        public var utf8: [UInt8]
        /// The encoding read (`UTF-8`, `windows-1252`, `UTF-16`).
        public var encoding: String
        /// How many bytes were invalid in the declared encoding and became U+FFFD.
        public var repairedBytes: Int
    }

    /// How far into the page the charset declaration is looked for.
    static let sniffLength = 4096

    /// Decodes a page's bytes.
    public static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes.dropFirst(3)) }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                units.append(little ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return Decoded(utf8: Array(String(decoding: units, as: UTF16.self).utf8), encoding: "UTF-16", repairedBytes: 0)
        }
        if let label = declaredCharset(bytes.prefix(sniffLength)), isWindows1252(label) {
            return Decoded(utf8: Windows1252.utf8(from: bytes), encoding: "windows-1252", repairedBytes: 0)
        }
        return utf8(bytes[...])
    }

    /// UTF-8 bytes, repaired.
    static func utf8(_ bytes: ArraySlice<UInt8>) -> Decoded {
        if String(validating: bytes, as: UTF8.self) != nil {
            return Decoded(utf8: Array(bytes), encoding: "UTF-8", repairedBytes: 0)
        }
        let repaired = InputTextDecoder.invalidUTF8Count(bytes)
        return Decoded(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "UTF-8", repairedBytes: repaired)
    }

    /// Whether a charset label names windows-1252 or one of its aliases.
    static func isWindows1252(_ label: String) -> Bool {
        ["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
         "us-ascii", "ascii", "iso-ir-100", "csisolatin1", "ibm819", "cp819"].contains(label)
    }

    /// The charset label a page declares near its start (`<meta charset=…>` or `charset=` in a content type), lowercased.
    public static func declaredCharset(_ head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let tagEnd = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let tag = text[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset") {
                var rest = tag[charset.upperBound...].drop(while: { $0 == " " })
                guard rest.first == "=" else { searchStart = tagEnd; continue }
                rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
                let label = rest.prefix(while: { character in
                    !character.isWhitespace && !"\"';/>".contains(character)
                })
                if !label.isEmpty { return String(label) }
            }
            searchStart = tagEnd
        }
        return nil
    }
}
