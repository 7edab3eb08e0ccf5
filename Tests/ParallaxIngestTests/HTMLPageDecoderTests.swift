import Testing

@testable import ParallaxIngest

@Suite("HTMLPageDecoder")
struct HTMLPageDecoderTests {
    @Test("windows-1252 declared by meta charset: curly quotes, é and the euro sign")
    func windows1252() {
        var bytes = Array(#"<meta charset="windows-1252"><p>"#.utf8)
        bytes += [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35]
        let decoded = HTMLPageDecoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("<p>\u{201C}Café\u{201D} €5"))
    }

    @Test("ISO-8859-1 in an http-equiv content type is read as windows-1252")
    func latin1HTTPEquiv() {
        let bytes = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#.utf8) + [0xE9, 0x96]
        #expect(String(decoding: HTMLPageDecoder.decode(bytes).utf8, as: UTF8.self).hasSuffix("é\u{2013}"))
    }

    @Test("invalid UTF-8 is repaired with U+FFFD and counted")
    func invalidUTF8() {
        let decoded = HTMLPageDecoder.decode(Array("<p>ok ".utf8) + [0xC3, 0x28, 0xFF] + Array(" fine</p>".utf8))
        #expect(decoded.repairedBytes == 2)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<p>ok \u{FFFD}(\u{FFFD} fine</p>")
    }

    @Test("a UTF-16 byte-order mark wins over everything")
    func utf16() {
        let text = "<p>Zoë</p>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(String(decoding: HTMLPageDecoder.decode(bytes).utf8, as: UTF8.self) == text)
    }
}
