/// What the parser and the extractor need to know about an element name, looked up once per tag.
public struct HTMLElementTraits: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    /// Creates traits from bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Never has content (`br`, `img`, `meta`).
    public static let void = HTMLElementTraits(rawValue: 1 << 0)
    /// Content is raw text (`script`, `style`, `title`, `textarea`).
    public static let rawText = HTMLElementTraits(rawValue: 1 << 1)
    /// Its start closes an open `p`.
    public static let closesParagraph = HTMLElementTraits(rawValue: 1 << 2)
    /// `h1`–`h6`.
    public static let heading = HTMLElementTraits(rawValue: 1 << 3)
    /// Breaks a paragraph of text.
    public static let block = HTMLElementTraits(rawValue: 1 << 4)
    /// Never part of an article's text (scripts, navigation, forms, figures).
    public static let furniture = HTMLElementTraits(rawValue: 1 << 5)
    /// Holds one paragraph's text (`p`, `li`, `td`, headings).
    public static let paragraph = HTMLElementTraits(rawValue: 1 << 6)
    /// Has an implied-end rule in the tree builder (`li`, `dt`, `dd`, `option`, table parts, `a`, `html`, `head`, `body`).
    public static let special = HTMLElementTraits(rawValue: 1 << 7)

    /// Traits by lowercased element name.
    static let table: [String: HTMLElementTraits] = {
        var table: [String: HTMLElementTraits] = [:]
        func add(_ names: some Sequence<String>, _ trait: HTMLElementTraits) {
            for name in names { table[name, default: []].insert(trait) }
        }
        add(HTMLTreeBuilder.voidElements, .void)
        add(HTMLTokenizer.rawTextElements, .rawText)
        add(HTMLTreeBuilder.closesParagraph, .closesParagraph)
        add(HTMLTreeBuilder.headings, .heading)
        add(ContentExtractor.blockElements, .block)
        add(ContentExtractor.excludedElements, .furniture)
        add(ContentExtractor.paragraphElements, .paragraph)
        add(["li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "a", "html", "head", "body"], .special)
        return table
    }()

    /// The traits of an element name.
    public static func of(_ name: String) -> HTMLElementTraits { table[name] ?? [] }
}
