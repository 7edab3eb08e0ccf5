/// Turns the text fields of feed items into plain text.
///
/// HTML that is a whole page (it has `<html` or `<body`) goes through ``HTMLArticleExtractor``; an HTML
/// fragment (the usual `content:encoded` or `description`) is parsed with the HTML tree builder and
/// its text split into paragraphs at block elements, leaving out scripts, styles, figures and other
/// furniture. Plain text is split at blank lines.
public enum FeedText {
    /// An item's text: its content's paragraphs, else its summary's, blank-line separated; empty when
    /// it has neither.
    public static func text(of item: FeedItem) -> String {
        let content = item.content.map { paragraphs($0, type: item.contentType) } ?? []
        let summary = item.summary.map { paragraphs($0, type: item.summaryType) } ?? []
        return (content.isEmpty ? summary : content).joined(separator: "\n\n")
    }

    /// The paragraphs of a text field, whitespace collapsed, empty ones dropped.
    public static func paragraphs(_ text: String, type: FeedItem.TextType) -> [String] {
        switch type {
        case .text:
            return text.split(separator: "\n\n", omittingEmptySubsequences: true)
                .flatMap { $0.split(separator: "\r\n\r\n") }
                .map { MetadataExtractor.clean(String($0)) }.filter { !$0.isEmpty }
        case .html:
            let head = text.prefix(2048).lowercased()
            if head.contains("<html") || head.contains("<body"), let page = try? HTMLArticleExtractor().extract(Array(text.utf8)) {
                return page.paragraphs
            }
            return fragmentParagraphs(HTMLDocument(text))
        }
    }

    /// A one-line text (a title): markup stripped when it is HTML, whitespace collapsed.
    static func inline(_ text: String, type: FeedItem.TextType) -> String {
        switch type {
        case .text: return MetadataExtractor.clean(text)
        case .html: return fragmentParagraphs(HTMLDocument(text)).joined(separator: " ")
        }
    }

    /// The text of a parsed fragment, one paragraph per block, furniture left out.
    static func fragmentParagraphs(_ document: HTMLDocument) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var blockEnds: [Int] = []
        func flush() {
            let paragraph = MetadataExtractor.clean(current)
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current = ""
        }
        var index = 1
        while index < document.nodes.count {
            while let end = blockEnds.last, index >= end {
                flush()
                blockEnds.removeLast()
            }
            let node = document.nodes[index]
            switch node.kind {
            case .element:
                if node.traits.contains(.furniture) || node.traits.contains(.rawText) {
                    index = max(node.end, index + 1)
                    continue
                }
                if node.traits.contains(.block) || node.traits.contains(.heading) {
                    flush()
                    blockEnds.append(node.end)
                }
            case .text:
                current += node.text
            case .document, .comment:
                break
            }
            index += 1
        }
        flush()
        return paragraphs
    }
}
