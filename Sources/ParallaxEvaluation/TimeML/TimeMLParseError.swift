import ParallaxCore

/// Why a TimeML file or a TimeML JSON line could not be read.
public enum TimeMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not UTF-8 text.
    case notText
    /// The document has no `<TEXT>` … `</TEXT>` element.
    case missingText
    /// A tag is opened and never closed, or closed without being opened.
    case unbalancedTag(String)
    /// A `<TIMEX3>` tag lacks an attribute scoring needs.
    case missingAttribute(tag: String, attribute: String)
    /// A JSON line is not an object with `text` and `timexes` as TimeML JSONL writes them.
    case badJSONLine(Int)

    /// A message naming what is wrong.
    public var description: String {
        switch self {
        case .notText: "not UTF-8 text"
        case .missingText: "no <TEXT> element"
        case .unbalancedTag(let tag): "unbalanced <\(tag)> tag"
        case .missingAttribute(let tag, let attribute): "<\(tag)> without a \(attribute) attribute"
        case .badJSONLine(let line): "line \(line) is not a TimeML JSON object (docid, dct, text, timexes)"
        }
    }
}
