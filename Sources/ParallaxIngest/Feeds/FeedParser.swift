import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses RSS 2.0 and Atom feeds with Foundation's `XMLParser`.
///
/// `XMLParser` can report success on truncated input, so the parser also checks `parserError` and
/// whether the root element was closed. A feed broken part-way (truncated or malformed XML) is read
/// as far as it goes: the items completed before the break are kept and ``Feed/damage`` says what
/// went wrong; a feed broken before its first item throws. External entities are never resolved.
public struct FeedParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses the bytes of a feed.
    public func parse(_ bytes: [UInt8]) throws(FeedParseError) -> Feed {
        guard !InputTextDecoder.looksBinary(bytes.prefix(InputTextDecoder.sampleSize)) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        else { throw .binaryContent }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let reader = FeedXMLReader()
        parser.delegate = reader
        let succeeded = parser.parse()
        if let rootProblem = reader.rootProblem { throw rootProblem }
        guard let kind = reader.kind else { throw .notAFeed(root: nil) }
        var feed = Feed(kind: kind, title: reader.feedTitle, items: reader.items)
        if let error = reader.firstError ?? parser.parserError.map({ ($0, parser.lineNumber, parser.columnNumber) }) {
            let line = max(error.line, 1)
            let endedEarly = Self.isPrematureEnd(error.error) || Self.isAtEnd(line: line, column: error.column, of: bytes)
            feed.damage = endedEarly ? .truncated(line: line) : .malformed(line: line, reason: Self.reason(error.error))
        } else if !succeeded || reader.openElements > 0 {
            feed.damage = .truncated(line: max(parser.lineNumber, 1))
        }
        if let damage = feed.damage, feed.items.isEmpty { throw damage }
        return feed
    }

    /// Whether the error is libxml2's or Foundation's "premature end of data" (XML error 5).
    static func isPrematureEnd(_ error: Error) -> Bool {
        let error = error as NSError
        return error.domain == XMLParser.errorDomain && error.code == XMLParser.ErrorCode.prematureDocumentEndError.rawValue
    }

    /// Whether a position (1-based line, column) is at the end of the input, give or take the
    /// trailing whitespace: an XML error there is the input ending early.
    static func isAtEnd(line: Int, column: Int, of bytes: [UInt8]) -> Bool {
        var end = bytes.endIndex
        while end > bytes.startIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        var lines = 1
        var lastLineStart = bytes.startIndex
        for index in bytes.startIndex..<end where bytes[index] == 0x0A {
            lines += 1
            lastLineStart = index + 1
        }
        return line > lines || (line == lines && column >= end - lastLineStart)
    }

    /// A short reason for an XML error.
    static func reason(_ error: Error) -> String {
        let error = error as NSError
        if error.domain == XMLParser.errorDomain, let code = XMLParser.ErrorCode(rawValue: error.code) {
            return "XML error \(code.rawValue)"
        }
        return "XML error \(error.code)"
    }
}

/// The `XMLParser` delegate that collects a feed's title and items; used by one parse only.
final class FeedXMLReader: NSObject, XMLParserDelegate {
    /// The item field being read.
    private enum Field {
        case feedTitle, title, link, guid, pubDate, dcDate, published, updated, summary, content
    }

    /// RSS or Atom, once the root element is seen.
    private(set) var kind: FeedKind?
    /// Whether a root element was seen.
    private(set) var sawRoot = false
    /// Set when the root element is not a feed; parsing is aborted.
    private(set) var rootProblem: FeedParseError?
    /// The channel or feed title.
    private(set) var feedTitle: String?
    /// Completed items.
    private(set) var items: [FeedItem] = []
    /// The first XML error, where it was met; parsing stops there.
    private(set) var firstError: (error: Error, line: Int, column: Int)?
    /// Elements started and not yet ended.
    var openElements: Int { stack.count }

    private var stack: [String] = []
    private var current: FeedItem?
    private var updated: FeedDate?
    private var dcDate: FeedDate?
    private var field: Field?
    private var fieldDepth = 0
    private var fieldIsXHTML = false
    private var fieldType: FeedItem.TextType = .html
    private var buffer = ""

    /// The element name without an `atom:` prefix; other prefixes are kept (`content:encoded`, `dc:date`).
    private func local(_ name: String) -> String {
        name.hasPrefix("atom:") ? String(name.dropFirst(5)) : name
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard firstError == nil else { return }
        let name = local(elementName)
        defer { stack.append(name) }
        if stack.isEmpty {
            sawRoot = true
            switch name.lowercased() {
            case "rss": kind = .rss
            case "feed": kind = .atom
            default:
                rootProblem = .notAFeed(root: elementName)
                parser.abortParsing()
            }
            return
        }
        if field != nil {
            buffer += fieldIsXHTML || fieldType == .html ? "<\(name)>" : ""
            return
        }
        let parent = stack.last ?? ""
        if name == "item" || name == "entry" {
            current = FeedItem(line: parser.lineNumber)
            updated = nil
            dcDate = nil
            return
        }
        if current == nil {
            if name == "title", parent == "channel" || parent == "feed", feedTitle == nil { begin(.feedTitle, attributes) }
            return
        }
        guard parent == "item" || parent == "entry" else { return }
        switch name {
        case "title": begin(.title, attributes)
        case "link":
            if kind == .atom {
                let rel = attributes["rel"] ?? "alternate"
                if rel == "alternate", current?.link == nil, let href = attributes["href"], !href.isEmpty { current?.link = href }
            } else {
                begin(.link, attributes)
            }
        case "guid":
            if attributes["isPermaLink"]?.lowercased() != "false" { begin(.guid, attributes) }
        case "pubDate": begin(.pubDate, attributes)
        case "dc:date": begin(.dcDate, attributes)
        case "published": begin(.published, attributes)
        case "updated": begin(.updated, attributes)
        case "description", "summary": begin(.summary, attributes)
        case "content:encoded": begin(.content, attributes)
        case "content" where kind == .atom:
            if attributes["src"] == nil { begin(.content, attributes) }
        default: break
        }
    }

    /// Starts collecting the text of `field`.
    private func begin(_ field: Field, _ attributes: [String: String]) {
        self.field = field
        fieldDepth = stack.count + 1
        buffer = ""
        let type = attributes["type"]?.lowercased() ?? ""
        fieldIsXHTML = kind == .atom && type == "xhtml"
        switch field {
        case .summary, .content, .title, .feedTitle:
            if kind == .atom {
                fieldType = type == "html" || type == "xhtml" || type == "text/html" || type.hasSuffix("xml") ? .html : .text
            } else {
                fieldType = field == .summary || field == .content ? .html : .text
            }
        default:
            fieldType = .text
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard firstError == nil, rootProblem == nil else { return }
        firstError = (parseError, parser.lineNumber, parser.columnNumber)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard field != nil else { return }
        if fieldIsXHTML {
            buffer += string.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        } else {
            buffer += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard field != nil else { return }
        buffer += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard firstError == nil else { return }
        let name = local(elementName)
        if !stack.isEmpty { stack.removeLast() }
        if let field {
            if stack.count >= fieldDepth {
                buffer += fieldIsXHTML || fieldType == .html ? "</\(name)>" : ""
                return
            }
            finish(field)
            self.field = nil
            return
        }
        if (name == "item" || name == "entry"), var item = current {
            if item.published == nil { item.published = dcDate ?? updated }
            items.append(item)
            current = nil
        }
    }

    /// Stores the collected text of `field`.
    private func finish(_ field: Field) {
        let text = buffer.trimmingSpacesAndNewlines()
        buffer = ""
        if field == .feedTitle {
            feedTitle = text.isEmpty ? nil : FeedText.inline(text, type: fieldType)
            return
        }
        guard var item = current else { return }
        switch field {
        case .feedTitle: break
        case .title: item.title = text.isEmpty ? nil : FeedText.inline(text, type: fieldType)
        case .link: if !text.isEmpty { item.link = text }
        case .guid: if item.link == nil, text.hasPrefix("http://") || text.hasPrefix("https://") { item.link = text }
        case .pubDate: if item.published == nil { item.published = FeedDate(feedText: text) }
        case .published: if let date = FeedDate(feedText: text) { item.published = date }
        case .dcDate: if dcDate == nil { dcDate = FeedDate(feedText: text) }
        case .updated: if updated == nil { updated = FeedDate(feedText: text) }
        case .summary:
            if item.summary == nil, !text.isEmpty {
                item.summary = text
                item.summaryType = fieldType
            }
        case .content:
            if !text.isEmpty {
                item.content = text
                item.contentType = fieldType
            }
        }
        current = item
    }
}
