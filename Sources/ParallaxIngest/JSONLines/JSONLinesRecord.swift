/// One line of a JSON Lines input: an article object whose fields are all optional but `text`.
///
/// `id` may be a string or an integer; other metadata that is not a string is ignored.
struct JSONLinesRecord: Decodable, Sendable {
    /// Why a line is not a usable record.
    enum Problem: Error, CustomStringConvertible {
        /// There is no `text` field, or it is null.
        case missingText
        /// `text` is not a string.
        case textNotString

        /// A one-line explanation.
        var description: String {
            switch self {
            case .missingText: return "no \"text\" field"
            case .textNotString: return "\"text\" is not a string"
            }
        }
    }

    /// Any key of the object.
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The record's own article id (`id`, else `doc` as corpora of documents name it).
    var id: String?
    /// The outlet.
    var source: String?
    /// Where the article was published.
    var url: String?
    /// The headline.
    var title: String?
    /// The publication date or timestamp, as written.
    var date: String?
    /// A dateline given separately from the text.
    var dateline: String?
    /// The body.
    var text: String

    /// Decodes a record from one JSON object.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        func string(_ name: String) -> String? {
            guard let value = try? container.decodeIfPresent(String.self, forKey: Key(name)) else { return nil }
            let trimmed = value.trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        guard container.contains(Key("text")), (try? container.decodeNil(forKey: Key("text"))) == false else {
            throw Problem.missingText
        }
        guard let text = try? container.decode(String.self, forKey: Key("text")) else { throw Problem.textNotString }
        self.text = text
        if let number = try? container.decodeIfPresent(Int.self, forKey: Key("id")) {
            self.id = String(number)
        } else {
            self.id = string("id") ?? string("doc")
        }
        self.source = string("source")
        self.url = string("url")
        self.title = string("title")
        self.date = string("date")
        self.dateline = string("dateline")
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    fileprivate func trimmingWhitespace() -> String {
        String(PlainTextParser.trimmingTrailingWhitespace(self.drop(while: \.isWhitespace)))
    }
}
