import ParallaxCore

import Foundation

/// Reads TimeML documents for evaluation: `.tml` files (XML with inline `<TIMEX3>` tags) and the
/// JSON Lines form (`docid`, `dct`, `text`, `timexes` with scalar offsets).
///
/// The `.tml` reader is a tolerant tag scanner rather than an XML parser, because TimeML corpora are
/// XML-ish: undeclared entities and stray ampersands occur outside `TEXT`. Only the `TEXT` element is
/// kept as text; tags inside it are removed, the five XML entities and numeric references decoded,
/// and every `<TIMEX3>` inside it becomes a gold annotation. The TIMEX3 marked
/// `functionInDocument="CREATION_TIME"` (wherever it is) gives the creation date and is not scored.
public enum TimeMLParser {
    /// Parses one `.tml` file.
    public static func parseTML(_ data: Data) throws(TimeMLParseError) -> TimeMLDocument {
        guard let string = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            throw .notText
        }
        var scan = TagScan(Array(string.unicodeScalars))
        return try scan.run()
    }

    /// Parses a JSON Lines file, one document per non-empty line; a bad line gives an error in its place.
    public static func parseJSONLines(_ data: Data) -> [Result<TimeMLDocument, TimeMLParseError>] {
        var results: [Result<TimeMLDocument, TimeMLParseError>] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                results.append(.success(try parseJSONLine(Data(line), lineNumber: lineNumber)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    private static func parseJSONLine(_ line: Data, lineNumber: Int) throws(TimeMLParseError) -> TimeMLDocument {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
            let text = object["text"] as? String, let rawTimexes = object["timexes"] as? [[String: Any]]
        else { throw .badJSONLine(lineNumber) }
        let creation = (object["dct"] as? [String: Any])?["value"] as? String
        var timexes: [TimeMLTimex] = []
        for raw in rawTimexes {
            if raw["functionInDocument"] as? String == "CREATION_TIME" { continue }
            guard let start = raw["start"] as? Int, let end = raw["end"] as? Int else { throw .badJSONLine(lineNumber) }
            timexes.append(
                TimeMLTimex(
                    id: raw["tid"] as? String ?? "", span: TextSpan(start: start, end: end),
                    type: raw["type"] as? String ?? "", value: raw["value"] as? String ?? ""))
        }
        timexes.sort { $0.span < $1.span }
        let id = object["docid"] as? String ?? object["file"] as? String ?? "line \(lineNumber)"
        return TimeMLDocument(id: id, creationValue: creation, text: text, timexes: timexes)
    }
}

/// One pass over a `.tml` file's scalars, collecting the `TEXT` element and its TIMEX3 tags.
private struct TagScan {
    let scalars: [Unicode.Scalar]
    var position = 0
    var text = String.UnicodeScalarView()
    var textLength = 0
    var inText = false
    var sawText = false
    var documentID = ""
    var creationValue: String?
    /// Open TIMEX3 tags: the attributes and start offset of those inside `TEXT`, nil for the others.
    var open: [(attributes: [String: String], start: Int)?] = []
    var timexes: [TimeMLTimex] = []

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func run() throws(TimeMLParseError) -> TimeMLDocument {
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "<" {
                try tag()
            } else if scalar == "&" {
                let decoded = entity()
                if inText {
                    text.append(decoded)
                    textLength += 1
                }
            } else {
                if inText {
                    text.append(scalar)
                    textLength += 1
                }
                position += 1
            }
        }
        guard sawText, !inText else { throw .missingText }
        guard open.isEmpty else { throw .unbalancedTag("TIMEX3") }
        return TimeMLDocument(
            id: documentID.trimmingCharacters(in: .whitespacesAndNewlines), creationValue: creationValue,
            text: String(text), timexes: timexes)
    }

    /// Reads the tag at `position` (a `<`) and acts on it.
    private mutating func tag() throws(TimeMLParseError) {
        var end = position + 1
        var quote: Unicode.Scalar?
        while end < scalars.count {
            let scalar = scalars[end]
            if let q = quote {
                if scalar == q { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                // Quotes only count inside an element tag's attribute list.
                if end > position + 1, scalars[end - 1] == "=" || scalars[end - 1] == " " { quote = scalar }
            } else if scalar == ">" {
                break
            }
            end += 1
        }
        guard end < scalars.count else {
            // A stray `<` with no `>`: text, not a tag.
            if inText {
                text.append("<")
                textLength += 1
            }
            position += 1
            return
        }
        let body = String(String.UnicodeScalarView(scalars[(position + 1)..<end]))
        position = end + 1
        guard let first = body.unicodeScalars.first, first != "!", first != "?" else { return }
        let closing = first == "/"
        let selfClosing = body.hasSuffix("/")
        let trimmed = body.drop { $0 == "/" }
        let name = String(trimmed.prefix { !$0.isWhitespace && $0 != "/" }).uppercased()
        switch (name, closing) {
        case ("TEXT", false):
            inText = true
            sawText = true
        case ("TEXT", true):
            guard inText else { throw .unbalancedTag("TEXT") }
            guard open.isEmpty else { throw .unbalancedTag("TIMEX3") }
            inText = false
        case ("DOCID", false):
            documentID = readUntilTag()
        case ("TIMEX3", false):
            let attributes = Self.attributes(in: String(trimmed.dropFirst(name.count)))
            if attributes["functionInDocument"] == "CREATION_TIME" {
                creationValue = creationValue ?? attributes["value"]
            }
            guard !selfClosing else { return }
            let scored = inText && attributes["functionInDocument"] != "CREATION_TIME"
            open.append(scored ? (attributes, textLength) : nil)
        case ("TIMEX3", true):
            guard let last = open.popLast() else { throw .unbalancedTag("TIMEX3") }
            guard let last else { return }
            guard let type = last.attributes["type"] else {
                throw .missingAttribute(tag: "TIMEX3", attribute: "type")
            }
            timexes.append(
                TimeMLTimex(
                    id: last.attributes["tid"] ?? "", span: TextSpan(start: last.start, end: textLength), type: type,
                    value: last.attributes["value"] ?? ""))
        default:
            break
        }
    }

    /// The raw characters from `position` to the next `<`, leaving `position` there.
    private mutating func readUntilTag() -> String {
        var view = String.UnicodeScalarView()
        while position < scalars.count, scalars[position] != "<" {
            view.append(scalars[position])
            position += 1
        }
        return String(view)
    }

    /// Decodes the entity at `position` (a `&`); a stray ampersand stands for itself.
    private mutating func entity() -> Unicode.Scalar {
        var end = position + 1
        while end < scalars.count, end - position <= 10, scalars[end] != ";", scalars[end] != "&",
            !scalars[end].properties.isWhitespace
        {
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";" else {
            position += 1
            return "&"
        }
        let name = String(String.UnicodeScalarView(scalars[(position + 1)..<end]))
        var decoded: Unicode.Scalar?
        switch name {
        case "amp": decoded = "&"
        case "lt": decoded = "<"
        case "gt": decoded = ">"
        case "quot": decoded = "\""
        case "apos": decoded = "'"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            }
        }
        guard let decoded else {
            position += 1
            return "&"
        }
        position = end + 1
        return decoded
    }

    /// The `name="value"` pairs of a tag body.
    private static func attributes(in body: String) -> [String: String] {
        var result: [String: String] = [:]
        let scalars = Array(body.unicodeScalars)
        var index = 0
        while index < scalars.count {
            while index < scalars.count, scalars[index].properties.isWhitespace || scalars[index] == "/" { index += 1 }
            var nameView = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != "=", !scalars[index].properties.isWhitespace {
                nameView.append(scalars[index])
                index += 1
            }
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            guard index < scalars.count, scalars[index] == "=" else { continue }
            index += 1
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            guard index < scalars.count else { break }
            var valueView = String.UnicodeScalarView()
            let quote = scalars[index]
            if quote == "\"" || quote == "'" {
                index += 1
                while index < scalars.count, scalars[index] != quote {
                    valueView.append(scalars[index])
                    index += 1
                }
                index += 1
            } else {
                while index < scalars.count, !scalars[index].properties.isWhitespace {
                    valueView.append(scalars[index])
                    index += 1
                }
            }
            if !nameView.isEmpty { result[String(nameView)] = String(valueView) }
        }
        return result
    }
}
