import ParallaxCore

import Foundation

/// Reads MEANTIME documents from the JSON Lines form in `../shared/corpora/meantime`
/// (`derived_documents.jsonl`): per line `doc_id`, `dct`, `sentences` (strings of space-separated
/// tokens) and `mentions` (`tag`, `attrs.syntactic_type`, `t_ids` numbering the document's tokens from
/// 1, `refers_to.instance_id` and `refers_to.ent_type`).
///
/// The text is rebuilt as headline, blank line, date line, blank line, then the body sentences joined
/// by spaces; gold mentions become scalar spans into it.
public enum MeantimeReader {
    /// Syntactic types of mentions that contain other mentions of the same entity (appositions,
    /// coordinations), left out of scoring.
    private static let composite: Set<String> = ["APP", "CONJ"]

    /// Third-person and other pronouns, to mark gold pronoun mentions (lowercase).
    public static let pronouns: Set<String> = [
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs",
        "themselves", "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "who", "whom",
        "whose",
    ]

    /// Whether JSON Lines contents are MEANTIME's: the first line is an object with `doc_id` and
    /// `sentences`.
    public static func isMeantime(_ data: Data) -> Bool {
        guard let line = data.split(separator: UInt8(ascii: "\n")).first,
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        else { return false }
        return object["doc_id"] != nil && object["sentences"] != nil
    }

    /// How many leading sentences (headline and date line included) are annotated throughout; in the
    /// corpus every TIMEX3 lies in them, and entity and event mentions after them are sparse.
    public static let annotatedSentences = 6

    /// The documents of a JSON Lines file's contents.
    public static func documents(jsonLines data: Data) throws -> [MeantimeDocument] {
        var documents: [MeantimeDocument] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            lineNumber += 1
            guard !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) else { continue }
            documents.append(try document(Data(line), line: lineNumber))
        }
        return documents
    }

    /// One document from one JSON line.
    static func document(_ line: Data, line number: Int) throws -> MeantimeDocument {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            throw MeantimeFormatError.notAnObject(line: number)
        }
        guard let id = object["doc_id"] as? String else { throw MeantimeFormatError.missingField(line: number, field: "doc_id") }
        guard let sentences = object["sentences"] as? [String] else {
            throw MeantimeFormatError.missingField(line: number, field: "sentences")
        }
        var text = ""
        var scalars = 0
        var tokenSpans: [TextSpan] = []
        var annotatedEnd = 0
        for (index, sentence) in sentences.enumerated() {
            if index == annotatedSentences { annotatedEnd = scalars }
            if index > 0 {
                let separator = index <= 2 ? "\n\n" : " "
                text += separator
                scalars += separator.unicodeScalars.count
            }
            var first = true
            for token in sentence.split(separator: " ", omittingEmptySubsequences: true) {
                if !first {
                    text += " "
                    scalars += 1
                }
                first = false
                let length = token.unicodeScalars.count
                tokenSpans.append(TextSpan(start: scalars, end: scalars + length))
                text += token
                scalars += length
            }
        }
        if sentences.count <= annotatedSentences { annotatedEnd = scalars }
        var people: [CorefMention] = []
        var names: [MeantimeName] = []
        var timexes: [TimeMLTimex] = []
        var creationSpan: TextSpan?
        func span(of mention: [String: Any]) throws(MeantimeFormatError) -> TextSpan {
            guard let tokens = mention["t_ids"] as? [Int], let low = tokens.min(), let high = tokens.max() else {
                throw MeantimeFormatError.missingField(line: number, field: "t_ids")
            }
            guard low >= 1, high <= tokenSpans.count else {
                throw MeantimeFormatError.tokenOutOfRange(line: number, token: low < 1 ? low : high)
            }
            return TextSpan(start: tokenSpans[low - 1].start, end: tokenSpans[high - 1].end)
        }
        for case let mention as [String: Any] in object["mentions"] as? [Any] ?? [] {
            let attributes = mention["attrs"] as? [String: Any]
            if mention["tag"] as? String == "TIMEX3", let value = attributes?["value"] as? String {
                let extent = try span(of: mention)
                if attributes?["functionInDocument"] as? String == "CREATION_TIME" {
                    creationSpan = extent
                } else {
                    timexes.append(
                        TimeMLTimex(
                            id: attributes?["m_id"] as? String ?? "", span: extent, type: attributes?["type"] as? String ?? "",
                            value: value))
                }
                continue
            }
            if mention["tag"] as? String == "ENTITY_MENTION",
                let syntactic = attributes?["syntactic_type"] as? String, syntactic == "NAM" || syntactic == "PRE.NAM"
            {
                let type = (mention["refers_to"] as? [String: Any])?["ent_type"] as? String ?? ""
                names.append(MeantimeName(span: try span(of: mention), type: type))
            }
            guard mention["tag"] as? String == "ENTITY_MENTION",
                let refers = mention["refers_to"] as? [String: Any], refers["ent_type"] as? String == "PER",
                let instance = refers["instance_id"] as? String
            else { continue }
            if let type = attributes?["syntactic_type"] as? String, composite.contains(type) { continue }
            let span = try span(of: mention)
            let written = (mention["text"] as? String ?? "").lowercased()
            people.append(CorefMention(span: span, entity: instance, isPronoun: pronouns.contains(written)))
        }
        let date = (object["dct"] as? String).flatMap { CalendarDate(iso: $0) }
        timexes.sort { $0.span.start < $1.span.start }
        return MeantimeDocument(
            id: id, text: text, creationDate: date, people: people, names: names, timexes: timexes, creationSpan: creationSpan,
            annotatedSpan: TextSpan(start: 0, end: annotatedEnd))
    }
}
