import ParallaxCore

/// Reads the conventions of plain-text articles: header lines, then a dateline, then the body.
///
/// Header lines come first, in any order: `date 2025-01-22` or `date: 2025-01-22` (an ISO date or
/// timestamp; the body may follow on the same line), and `title: …`, `source: …`, `url: …`, each
/// running to the end of its line (keys in any case with a colon; lowercase keys may omit it). Then
/// an optional dateline (see ``DatelineParser``). The rest, with `\r\n` and `\r` made `\n` and trailing
/// whitespace trimmed, is the body that annotation offsets point into. Titles are never guessed.
public struct PlainTextParser: Sendable {
    /// Finds datelines after the header.
    public var datelineParser: DatelineParser

    /// Creates a parser.
    public init(datelineParser: DatelineParser = DatelineParser()) {
        self.datelineParser = datelineParser
    }

    /// Splits `text` into header fields, dateline and body.
    public func parse(_ text: String) -> PlainTextDocument {
        let normalized = PlainTextParser.normalizingLineEndings(text)
        var document = PlainTextDocument(body: "")
        var rest = normalized[...].drop(while: \.isWhitespace)
        while true {
            if let (date, after) = dateHeader(rest) {
                document.published = document.published ?? date
                rest = after.drop(while: \.isWhitespace)
            } else if let (key, value, after) = fieldHeader(rest) {
                let value = value.isEmpty ? nil : value
                switch key {
                case "title": document.title = document.title ?? value
                case "source": document.source = document.source ?? value
                default: document.url = document.url ?? value
                }
                rest = after.drop(while: \.isWhitespace)
            } else {
                break
            }
            document.hasHeader = true
        }
        if let (dateline, body) = datelineParser.parse(rest) {
            document.dateline = dateline
            rest = body
        }
        document.body = String(PlainTextParser.trimmingTrailingWhitespace(rest))
        return document
    }

    /// `text` with `\r\n` and lone `\r` replaced by `\n`.
    public static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCarriageReturn = false
        for byte in text.utf8 {
            if byte == 0x0A && afterCarriageReturn {
                afterCarriageReturn = false
                continue
            }
            afterCarriageReturn = byte == 0x0D
            bytes.append(afterCarriageReturn ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` without trailing whitespace.
    static func trimmingTrailingWhitespace(_ text: Substring) -> Substring {
        var end = text.endIndex
        while end > text.startIndex {
            let previous = text.index(before: end)
            guard text[previous].isWhitespace else { break }
            end = previous
        }
        return text[..<end]
    }

    /// A `date YYYY-MM-DD` / `date: YYYY-MM-DD[Thh:mm…]` header at the start of `text`, and what follows it.
    private func dateHeader(_ text: Substring) -> (CalendarDate, Substring)? {
        guard text.prefix(4).lowercased() == "date" else { return nil }
        let afterKey = text.index(text.startIndex, offsetBy: 4)
        var index = skipBlanks(text, from: afterKey)
        if index < text.endIndex, text[index] == ":" {
            index = skipBlanks(text, from: text.index(after: index))
        } else if index == afterKey {
            return nil
        }
        let candidate = text[index...].prefix(10)
        guard candidate.count == 10, PlainTextParser.isISODate(candidate), let date = CalendarDate(iso: candidate)
        else { return nil }
        index = candidate.endIndex
        if index < text.endIndex, text[index] == "T" || text[index] == "t" {
            while index < text.endIndex, !text[index].isWhitespace { index = text.index(after: index) }
        }
        guard index == text.endIndex || text[index].isWhitespace else { return nil }
        return (date, text[index...])
    }

    /// A `title:`, `source:` or `url:` line at the start of `text`: the key, the trimmed value, and what follows.
    private func fieldHeader(_ text: Substring) -> (key: String, value: String, rest: Substring)? {
        for key in ["title", "source", "url"] {
            let head = text.prefix(key.count)
            guard head.lowercased() == key else { continue }
            let afterKey = head.endIndex
            var index = skipBlanks(text, from: afterKey)
            if index < text.endIndex, text[index] == ":" {
                index = text.index(after: index)
            } else if head != key || index == afterKey || index == text.endIndex || text[index].isNewline {
                continue
            }
            let lineEnd = text[index...].firstIndex(where: \.isNewline) ?? text.endIndex
            let value = text[index..<lineEnd].drop(while: \.isWhitespace)
            return (key, String(PlainTextParser.trimmingTrailingWhitespace(value)), text[lineEnd...])
        }
        return nil
    }

    /// Skips spaces and tabs.
    private func skipBlanks(_ text: Substring, from index: String.Index) -> String.Index {
        var index = index
        while index < text.endIndex, text[index] == " " || text[index] == "\t" { index = text.index(after: index) }
        return index
    }

    /// Whether `text` is exactly `DDDD-DD-DD` in ASCII digits.
    static func isISODate(_ text: Substring) -> Bool {
        let characters = Array(text)
        guard characters.count == 10 else { return false }
        for (offset, character) in characters.enumerated() {
            if offset == 4 || offset == 7 {
                guard character == "-" else { return false }
            } else {
                guard character.isASCII, character.isNumber else { return false }
            }
        }
        return true
    }
}
