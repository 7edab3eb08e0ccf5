import Foundation
import ParallaxCore

/// One story's annotated cross-source facts and quotations (the `gold_facts@1` files beside the
/// NewsWCL50 stories): each item lists its mentions as exact substrings of the outlets' texts.
public struct ClaimGold: Sendable, Decodable {
    /// A mention: an exact substring of one outlet's text, and which occurrence of it is meant.
    public struct Mention: Sendable, Decodable {
        /// The outlet.
        public var source: String
        /// The exact text.
        public var text: String
        /// Which occurrence (1 = first).
        public var occurrence: Int?
    }

    /// A fact or a quotation.
    public struct Item: Sendable, Decodable {
        /// The item's id (`F3`, `Q1`).
        public var id: String
        /// What the fact is about, for facts.
        public var what: String?
        /// `date`, `count`, `place`, `event`, …, for facts.
        public var type: String?
        /// Who is quoted, for quotations.
        public var speaker: String?
        /// Where each outlet states it.
        public var mentions: [Mention]
        /// `agree`, `compatible` or `conflict`.
        public var verdict: String
    }

    /// The story folder's name.
    public var story: String
    /// The outlets, by file name.
    public var sources: [String]
    /// Value and event facts.
    public var facts: [Item]
    /// Quotations.
    public var quotes: [Item]?

    /// The value facts (every type but `event`).
    public var valueFacts: [Item] { facts.filter { $0.type != "event" } }

    /// Reads a gold file.
    public static func read(_ url: URL) throws(ClaimGoldError) -> ClaimGold {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(url.path) }
        do { return try JSONDecoder().decode(ClaimGold.self, from: data) } catch { throw .malformed(url.path) }
    }

    /// Where an item's mentions are: the outlet and scalar span of each mention found in `texts` (each
    /// outlet's analyzed text; `bodies` its original body), and the mentions that could not be found.
    public static func places(of item: Item, texts: [String: String], bodies: [String: String])
        -> (found: [(source: String, span: TextSpan)], missing: [Mention])
    {
        var found: [(source: String, span: TextSpan)] = []
        var missing: [Mention] = []
        for mention in item.mentions {
            if let span = locate(mention, in: texts[mention.source] ?? "", body: bodies[mention.source] ?? "") {
                found.append((mention.source, span))
            } else {
                missing.append(mention)
            }
        }
        return (found, missing)
    }

    /// The scalar span of `mention` in `text`, the analyzed body of the outlet whose original body is
    /// `body` (a dateline or header cut off the front of `body` is allowed for).
    public static func locate(_ mention: Mention, in text: String, body: String) -> TextSpan? {
        let needle = Array(mention.text.unicodeScalars)
        guard !needle.isEmpty else { return nil }
        let haystack = Array(text.unicodeScalars)
        let original = Array(body.unicodeScalars)
        let prefix = Array(haystack.prefix(80))
        let cut = prefix.isEmpty ? 0 : (firstIndex(of: prefix, in: original, from: 0) ?? 0)
        var skipped = 0
        var position = 0
        while let found = firstIndex(of: needle, in: original, from: position), found + needle.count <= cut {
            skipped += 1
            position = found + 1
        }
        var start = -1
        for _ in 0..<max(0, (mention.occurrence ?? 1) - skipped) {
            guard let found = firstIndex(of: needle, in: haystack, from: start + 1) else { return nil }
            start = found
        }
        return start < 0 ? nil : TextSpan(start: start, end: start + needle.count)
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard needle.count <= haystack.count, from <= haystack.count - needle.count else { return nil }
        var index = from
        while index <= haystack.count - needle.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// Why a gold file could not be used.
public enum ClaimGoldError: Error, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(String)
    /// The file is not `gold_facts@1` JSON.
    case malformed(String)

    /// A one-line message.
    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read gold file \(path)"
        case .malformed(let path): "\(path) is not gold_facts@1 JSON"
        }
    }
}
