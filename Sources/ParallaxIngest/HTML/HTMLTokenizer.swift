/// Splits the UTF-8 bytes of an HTML page into tokens, tolerating whatever real pages contain.
///
/// The tokenizer never fails: a truncated tag ends the input, stray `<` is text, and the contents of
/// `script`, `style`, `textarea`, `title`, `xmp`, `iframe`, `noembed`, `noframes` and `plaintext` are
/// read as raw text up to their end tag. Character references are decoded in text and attribute
/// values (except in `script`/`style`, whose text is kept verbatim).
public struct HTMLTokenizer: Sendable {
    /// The page's bytes, UTF-8.
    let bytes: [UInt8]
    /// The next byte to read.
    var position = 0
    /// The element whose raw text is being read, once its start tag has been emitted.
    var rawTextElement: String?

    /// Elements whose content is raw text, not markup.
    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    ]
    /// Raw-text elements whose character references are decoded (RCDATA).
    static let escapableRawTextElements: Set<String> = ["textarea", "title"]

    /// Creates a tokenizer over UTF-8 bytes.
    public init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next token, or `nil` at the end of the input.
    public mutating func next() -> HTMLToken? {
        bytes.withUnsafeBufferPointer { buffer in nextToken(buffer) }
    }

    private mutating func nextToken(_ b: UnsafeBufferPointer<UInt8>) -> HTMLToken? {
        let count = b.count
        guard position < count else { return nil }
        if let raw = rawTextElement {
            rawTextElement = nil
            return rawText(b, element: raw)
        }
        let start = position
        if b[position] == 0x3C, let token = markup(b) { return token }
        // Text up to the next `<` that may open markup.
        var index = start + 1
        while index < count {
            if b[index] == 0x3C, index + 1 < count {
                let next = b[index + 1]
                if Self.isASCIILetter(next) || next == 0x2F || next == 0x21 || next == 0x3F { break }
            }
            index += 1
        }
        position = index
        return .text(HTMLCharacterReferences.decode(UnsafeBufferPointer(rebasing: b[start..<index]), inAttribute: false))
    }

    /// Reads the markup starting at `<`, or returns `nil` (position unchanged) when the `<` is text.
    private mutating func markup(_ b: UnsafeBufferPointer<UInt8>) -> HTMLToken? {
        let count = b.count
        let start = position
        guard start + 1 < count else { return nil }
        let next = b[start + 1]
        if next == 0x21 {  // <!
            if Self.matches(b, at: start + 2, "--") {
                let bodyStart = start + 4
                let end = Self.find(b, "-->", from: bodyStart) ?? count
                position = min(count, end + 3)
                return .comment(String(decoding: UnsafeBufferPointer(rebasing: b[min(bodyStart, end)..<end]), as: UTF8.self))
            }
            if Self.matches(b, at: start + 2, "[CDATA[") {
                let bodyStart = start + 9
                let end = Self.find(b, "]]>", from: bodyStart) ?? count
                position = min(count, end + 3)
                return .text(String(decoding: UnsafeBufferPointer(rebasing: b[min(bodyStart, end)..<end]), as: UTF8.self))
            }
            let end = Self.find(b, ">", from: start + 2) ?? count
            position = min(count, end + 1)
            if Self.matchesCaseInsensitive(b, at: start + 2, "doctype") { return .doctype }
            return .comment(String(decoding: UnsafeBufferPointer(rebasing: b[(start + 2)..<end]), as: UTF8.self))
        }
        if next == 0x3F {  // <? bogus comment
            let end = Self.find(b, ">", from: start + 2) ?? count
            position = min(count, end + 1)
            return .comment(String(decoding: UnsafeBufferPointer(rebasing: b[(start + 2)..<end]), as: UTF8.self))
        }
        if next == 0x2F {  // </
            guard start + 2 < count else { return nil }
            guard Self.isASCIILetter(b[start + 2]) else {
                if b[start + 2] == 0x3E { position = start + 3; return .comment("") }
                let end = Self.find(b, ">", from: start + 2) ?? count
                position = min(count, end + 1)
                return .comment(String(decoding: UnsafeBufferPointer(rebasing: b[(start + 2)..<end]), as: UTF8.self))
            }
            var index = start + 2
            let name = readName(b, &index)
            let end = Self.find(b, ">", from: index) ?? count
            position = min(count, end + 1)
            return .endTag(name: name)
        }
        guard Self.isASCIILetter(next) else { return nil }
        var index = start + 1
        let name = readName(b, &index)
        var attributes: [HTMLAttribute] = []
        var selfClosing = false
        while index < count {
            let byte = b[index]
            if Self.isSpace(byte) { index += 1; continue }
            if byte == 0x3E { index += 1; break }
            if byte == 0x2F {
                index += 1
                if index < count, b[index] == 0x3E { selfClosing = true; index += 1; break }
                continue
            }
            // Attribute name.
            let nameStart = index
            index += 1
            while index < count {
                let c = b[index]
                if Self.isSpace(c) || c == 0x2F || c == 0x3E || c == 0x3D { break }
                index += 1
            }
            let attributeName = Self.lowercased(b, nameStart..<index)
            while index < count, Self.isSpace(b[index]) { index += 1 }
            var value = ""
            if index < count, b[index] == 0x3D {
                index += 1
                while index < count, Self.isSpace(b[index]) { index += 1 }
                if index < count, b[index] == 0x22 || b[index] == 0x27 {
                    let quote = b[index]
                    let valueStart = index + 1
                    var valueEnd = valueStart
                    while valueEnd < count, b[valueEnd] != quote { valueEnd += 1 }
                    value = HTMLCharacterReferences.decode(UnsafeBufferPointer(rebasing: b[valueStart..<valueEnd]), inAttribute: true)
                    index = min(count, valueEnd + 1)
                } else {
                    let valueStart = index
                    while index < count, !Self.isSpace(b[index]), b[index] != 0x3E { index += 1 }
                    value = HTMLCharacterReferences.decode(UnsafeBufferPointer(rebasing: b[valueStart..<index]), inAttribute: true)
                }
            }
            if attributes.count < 256, !attributes.contains(where: { $0.name == attributeName }) {
                attributes.append(HTMLAttribute(name: attributeName, value: value))
            }
        }
        position = index
        if !selfClosing, HTMLElementTraits.of(name).contains(.rawText) { rawTextElement = name }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// The raw text of `element` up to its end tag (which is left for the next call), or to the end.
    private mutating func rawText(_ b: UnsafeBufferPointer<UInt8>, element: String) -> HTMLToken? {
        let count = b.count
        let start = position
        var index = start
        let name = Array(element.utf8)
        if element == "plaintext" { index = count }
        while index < count {
            guard let lt = Self.find(b, "</", from: index) else { index = count; break }
            if Self.matchesCaseInsensitive(b, at: lt + 2, name) {
                let after = lt + 2 + name.count
                if after >= count || Self.isSpace(b[after]) || b[after] == 0x3E || b[after] == 0x2F {
                    index = lt
                    break
                }
            }
            index = lt + 2
        }
        position = index
        if index == start { return next() }
        let slice = UnsafeBufferPointer(rebasing: b[start..<index])
        if Self.escapableRawTextElements.contains(element) {
            return .text(HTMLCharacterReferences.decode(slice, inAttribute: false))
        }
        return .text(String(decoding: slice, as: UTF8.self))
    }

    /// Reads a tag name (lowercased) starting at `index`.
    private func readName(_ b: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> String {
        let start = index
        while index < b.count {
            let c = b[index]
            if Self.isSpace(c) || c == 0x2F || c == 0x3E { break }
            index += 1
        }
        return Self.lowercased(b, start..<index)
    }

    static func lowercased(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var hasUpper = false
        for i in range where b[i] >= 0x41 && b[i] <= 0x5A { hasUpper = true; break }
        let slice = UnsafeBufferPointer(rebasing: b[range])
        guard hasUpper else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

    static func matches(_ b: UnsafeBufferPointer<UInt8>, at index: Int, _ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard index + n <= b.count else { return false }
        let p = text.utf8Start
        for k in 0..<n where b[index + k] != p[k] { return false }
        return true
    }

    static func matchesCaseInsensitive(_ b: UnsafeBufferPointer<UInt8>, at index: Int, _ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard index + n <= b.count else { return false }
        let p = text.utf8Start
        for k in 0..<n where b[index + k] | 0x20 != p[k] | 0x20 { return false }
        return true
    }

    static func matchesCaseInsensitive(_ b: UnsafeBufferPointer<UInt8>, at index: Int, _ name: [UInt8]) -> Bool {
        guard index + name.count <= b.count else { return false }
        for k in 0..<name.count where b[index + k] | 0x20 != name[k] | 0x20 { return false }
        return true
    }

    /// The index of the first occurrence of `text` at or after `from`.
    static func find(_ b: UnsafeBufferPointer<UInt8>, _ text: StaticString, from: Int) -> Int? {
        let n = text.utf8CodeUnitCount
        let first = text.utf8Start[0]
        var index = from
        while index + n <= b.count {
            if b[index] == first, matches(b, at: index, text) { return index }
            index += 1
        }
        return nil
    }
}
