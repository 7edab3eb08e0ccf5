/// Finds the main article of a parsed page and returns its text as paragraphs.
///
/// The page is cut into text segments at block boundaries. Furniture is dropped first: scripts, forms,
/// navigation, headers, footers, asides and figures by element, and containers whose class or id names
/// furniture (navigation, sharing, comments, related links, promotions, cookie banners, ads, captions, …)
/// unless they also name the article and hold much of the page's text. Each remaining paragraph of
/// enough length scores its container and, less, the container's ancestors by length and commas; the
/// best container after a link-density penalty is the article, joined by sibling blocks that score
/// close to it. Within it, headings and list items are kept and link-heavy blocks dropped.
public struct ContentExtractor: Sendable {
    /// A run of text between two block boundaries.
    struct Segment: Sendable {
        /// Whitespace-normalized text.
        var text: String
        /// The innermost block element holding the text.
        var container: Int
        /// Characters (non-space) of the text, and those inside links.
        var characters: Int
        var linkCharacters: Int
        /// Commas in the text.
        var commas: Int
    }

    /// Elements whose start or end breaks a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "center", "address", "figcaption", "header", "footer",
        "details", "summary", "tbody", "thead", "body", "html", "caption", "form", "fieldset", "aside", "nav", "figure",
    ]
    /// Elements never part of an article's text.
    static let excludedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "footer", "aside", "button", "select",
        "option", "input", "textarea", "label", "figure", "figcaption", "menu", "dialog", "object", "embed", "canvas",
        "video", "audio", "map", "header", "math", "title", "meta", "link", "picture", "form",
    ]
    /// Elements that hold a paragraph's text (their parent is the scored container).
    static let paragraphElements: Set<String> = [
        "p", "li", "td", "th", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "span", "font",
    ]

    /// Bytes of raw text from which a paragraph or span named as a heading is read as prose: a headline of
    /// two lines is shorter.
    static let proseParagraphBytes = 160

    /// Creates an extractor.
    public init() {}

    /// The article's paragraphs; empty when the page has no text that reads like an article.
    public func paragraphs(of document: HTMLDocument) -> [String] {
        let nodes = document.nodes
        guard !nodes.isEmpty else { return [] }
        let excluded = excludedRanges(document)
        let segments = self.segments(document, excluded: excluded)
        guard !segments.isEmpty else { return [] }

        // Text and link characters per element, summed from segments up the tree.
        var characters = [Int](repeating: 0, count: nodes.count)
        var linkCharacters = [Int](repeating: 0, count: nodes.count)
        for segment in segments {
            characters[segment.container] += segment.characters
            linkCharacters[segment.container] += segment.linkCharacters
        }
        for index in stride(from: nodes.count - 1, to: 0, by: -1) where characters[index] > 0 {
            let parent = nodes[index].parent
            if parent >= 0 {
                characters[parent] += characters[index]
                linkCharacters[parent] += linkCharacters[index]
            }
        }

        // Paragraph scores to containers and their ancestors.
        var scores: [Int: Double] = [:]
        for segment in segments {
            let length = segment.characters
            guard length >= 25, segment.linkCharacters * 2 < segment.characters else { continue }
            var score = 1.0 + Double(segment.commas)
            score += min(Double(length) / 100, 3)
            var node = nodes[segment.container].traits.contains(.paragraph)
                ? nodes[segment.container].parent : segment.container
            var level = 0
            while node > 0, level < 3 {
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                if scores[node] == nil { scores[node] = initialScore(nodes[node]) }
                scores[node, default: 0] += score / divider
                node = nodes[node].parent
                level += 1
            }
        }
        var best = -1
        var bestScore = -Double.infinity
        var finalScores: [Int: Double] = [:]
        for (node, score) in scores {
            let density = characters[node] > 0 ? Double(linkCharacters[node]) / Double(characters[node]) : 1
            let final = score * (1 - density)
            finalScores[node] = final
            if final > bestScore || (final == bestScore && node < best) {
                bestScore = final
                best = node
            }
        }
        guard best > 0 else {
            // No paragraph reads like an article: best effort, every block that is not mostly links.
            return segments.filter { $0.linkCharacters * 2 <= $0.characters }.map(\.text)
        }

        // Siblings that belong with the best container.
        let threshold = max(10, bestScore * 0.2)
        let parent = nodes[best].parent
        var chosen: [Int] = []
        if parent >= 0 {
            for child in document.children(of: parent) {
                guard !excluded[child] else { continue }
                if child == best { chosen.append(child); continue }
                guard nodes[child].kind == .element, characters[child] > 0 else { continue }
                let density = Double(linkCharacters[child]) / Double(characters[child])
                if let score = finalScores[child], score >= threshold {
                    chosen.append(child)
                } else if density < 0.25, characters[child] > 80,
                    nodes[child].name == "p" || Self.wrapsOneParagraph(child, in: nodes, characters: characters)
                {
                    // A paragraph of prose beside the article's, or a wrapper holding one and nothing
                    // else (a lead set in its own `<div>`).
                    chosen.append(child)
                }
            }
        } else {
            chosen = [best]
        }
        chosen += continuationSections(
            of: best, in: document, excluded: excluded, characters: characters, linkCharacters: linkCharacters)

        var result: [String] = []
        for segment in segments where chosen.contains(where: { document.contains($0, segment.container) }) {
            if segment.linkCharacters * 2 > segment.characters, !Self.isLinkedProse(segment) { continue }
            if nodes[segment.container].name == "h1" { continue }
            result.append(segment.text)
        }
        return result
    }

    /// Whether an element is a social-media post embedded with its platform's standard markup
    /// (`<blockquote class="twitter-tweet">`, `instagram-media`, `tiktok-embed`): a quotation, not page
    /// furniture. Scripts and styles inside stay out (they are excluded by element).
    static func isEmbeddedPost(_ node: HTMLNode) -> Bool {
        guard node.name == "blockquote", let value = node.attribute("class") else { return false }
        let words = BoilerplateNames.words(value)
        return (words.contains("twitter") && words.contains("tweet")) || words.contains("instagram")
            || (words.contains("tiktok") && words.contains("embed"))
    }

    /// Whether a block that is mostly links still reads as the article's prose: sentences whose links
    /// are their objects ("Today's deals include various laptops from $700 at Amazon. You'll also find
    /// …"), not a list of links ("Related: …") — at least `linkedProseCharacters` long, two sentences or
    /// more, and a quarter of its text outside links.
    static func isLinkedProse(_ segment: Segment) -> Bool {
        guard segment.characters >= linkedProseCharacters, segment.linkCharacters * 4 <= segment.characters * 3 else {
            return false
        }
        var sentences = 0
        var previous: UInt8 = 0
        for byte in segment.text.utf8 {
            if byte == 0x20, previous == 0x2E || previous == 0x21 || previous == 0x3F { sentences += 1 }
            previous = byte
        }
        if previous == 0x2E || previous == 0x21 || previous == 0x3F { sentences += 1 }
        return sentences >= 2
    }

    /// Characters from which a link-heavy block may be prose (`isLinkedProse`).
    static let linkedProseCharacters = 150

    /// Whether all the text of `node` lies in one `p` inside it: a wrapper around a single paragraph, not
    /// a box of several lines (a newsletter sign-up with its heading, pitch and messages).
    static func wrapsOneParagraph(_ node: Int, in nodes: [HTMLNode], characters: [Int]) -> Bool {
        var paragraph: Int?
        for index in node + 1..<nodes[node].end where nodes[index].name == "p" && characters[index] > 0 {
            guard paragraph == nil else { return false }
            paragraph = index
        }
        return paragraph.map { characters[$0] == characters[node] } ?? false
    }

    /// Sections that continue the article in twin containers: pages that break a long article at its
    /// figures or pull quotes repeat the same wrapper (`<section class="content">…</section><figure>…
    /// <section class="content">…`), so the best container holds only one part.
    ///
    /// From `best`, the wrapper is its highest ancestor (at most four levels up) that holds little text
    /// besides it; the twins are that wrapper's siblings with the same element and class, text that is
    /// not mostly links and at least 200 characters, with no headline (`h1`) of their own, in one run
    /// with it (an `article` wrapper has none: its twins are other stories) — past siblings with no
    /// text of their own (figures, images, ads left empty), up to the first sibling with text of
    /// another kind.
    func continuationSections(
        of best: Int, in document: HTMLDocument, excluded: [Bool], characters: [Int], linkCharacters: [Int]
    ) -> [Int] {
        let nodes = document.nodes
        var wrapper = best
        for _ in 0..<4 {
            let parent = nodes[wrapper].parent
            guard parent > 0, characters[parent] - characters[wrapper] <= max(200, characters[wrapper] / 10) else { break }
            wrapper = parent
        }
        let parent = nodes[wrapper].parent
        guard parent >= 0 else { return [] }
        let signature = (nodes[wrapper].name, nodes[wrapper].attribute("class") ?? "")
        // An `article` is a whole composition of its own: its twins are other stories.
        guard !signature.1.isEmpty || signature.0 == "section", signature.0 != "article" else { return [] }
        let siblings = document.children(of: parent)
        guard let position = siblings.firstIndex(of: wrapper) else { return [] }
        func isTwin(_ node: Int) -> Bool {
            nodes[node].kind == .element && nodes[node].name == signature.0 && (nodes[node].attribute("class") ?? "") == signature.1
        }
        var twins: [Int] = []
        for direction in [-1, 1] {
            var index = position + direction
            while index >= 0, index < siblings.count {
                let node = siblings[index]
                index += direction
                let text = characters[node]
                if excluded[node] || text == 0 { continue }
                guard isTwin(node) else {
                    if text < 200 { continue }
                    break
                }
                // A twin with a headline of its own is the next story, and ends the run.
                if (node + 1..<nodes[node].end).contains(where: { nodes[$0].name == "h1" }) { break }
                // A twin holding a line or two (a dateline, a byline) is not a section of the article.
                if text >= 200, linkCharacters[node] * 2 < text { twins.append(node) }
            }
        }
        return twins
    }

    /// A container's starting score from its element and class/id names.
    func initialScore(_ node: HTMLNode) -> Double {
        var score = 0.0
        switch node.name {
        case "div", "article", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: break
        }
        let signals = BoilerplateNames.signals(node)
        if signals.negative { score -= 25 }
        if signals.positive { score += 25 }
        if node.name == "article" || node.attribute("itemprop") == "articleBody" { score += 25 }
        return score
    }

    /// Marks every node inside furniture.
    func excludedRanges(_ document: HTMLDocument) -> [Bool] {
        let nodes = document.nodes
        var excluded = [Bool](repeating: false, count: nodes.count)
        // Raw text lengths, to spare large containers that merely mention furniture in a class name.
        var length = [Int](repeating: 0, count: nodes.count)
        for index in stride(from: nodes.count - 1, to: 0, by: -1) {
            let node = nodes[index]
            if node.kind == .text { length[index] = node.text.utf8.count }
            if node.kind == .element, node.traits.contains(.furniture) { continue }
            if node.parent >= 0 { length[node.parent] += length[index] }
        }
        let total = max(1, length[0])
        var index = 1
        while index < nodes.count {
            let node = nodes[index]
            guard node.kind == .element else {
                if node.kind == .comment { excluded[index] = true }
                index += 1
                continue
            }
            if isFurniture(node, length: length[index], total: total) {
                for i in index..<node.end { excluded[i] = true }
                if !node.traits.contains(.furniture), !Self.isHidden(node) {
                    Self.keepEmbeddedPosts(in: index, of: nodes, excluded: &excluded)
                }
                index = node.end
            } else {
                index += 1
            }
        }
        return excluded
    }

    /// Takes back out of `excluded` the posts embedded in furniture `container` (named for embeds or
    /// video, not furniture by element): a post embedded by its platform's standard markup is a statement
    /// quoted in the article. Its furniture elements and anything hidden stay out, and so does a post
    /// under a hidden wrapper; the wrappers between the container and the post reopen so the text can be
    /// reached, their other children staying out.
    static func keepEmbeddedPosts(in container: Int, of nodes: [HTMLNode], excluded: inout [Bool]) {
        for post in container + 1..<nodes[container].end where isEmbeddedPost(nodes[post]) {
            var wrapper = post
            while wrapper > container, !isHidden(nodes[wrapper]) { wrapper = nodes[wrapper].parent }
            guard wrapper == container else { continue }
            var index = post
            while index < nodes[post].end {
                if nodes[index].kind == .element, nodes[index].traits.contains(.furniture) || isHidden(nodes[index]) {
                    index = max(index + 1, nodes[index].end)
                    continue
                }
                excluded[index] = false
                index += 1
            }
            var ancestor = nodes[post].parent
            while ancestor >= container {
                excluded[ancestor] = false
                ancestor = nodes[ancestor].parent
            }
        }
    }

    /// Whether an element is hidden from readers (`hidden`, `aria-hidden`, `display: none`, `visibility: hidden`).
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        guard let style = node.attribute("style")?.lowercased().filter({ $0 != " " }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Whether an element is page furniture.
    func isFurniture(_ node: HTMLNode, length: Int, total: Int) -> Bool {
        if node.traits.contains(.furniture) {
            // A page may wrap everything in a form or header; spare containers holding most of the text.
            if node.name == "form" || node.name == "header" { return length * 2 < total }
            return true
        }
        if node.name == "body" || node.name == "html" || node.name == "a" { return false }
        if Self.isHidden(node) { return true }
        if let role = node.attribute("role"), ["navigation", "banner", "contentinfo", "complementary", "menu", "dialog"].contains(role) {
            return length * 2 < total
        }
        guard !node.attributes.isEmpty else { return false }
        let signals = BoilerplateNames.signals(node)
        guard signals.negative else { return false }
        // A paragraph (or a span inside one) named as a heading but holding prose — a lead set in
        // `<p class="title">`, a product sentence in `<span id="productTitle">` — is text.
        if signals.headingOnly, node.name == "p" || node.name == "span", length >= Self.proseParagraphBytes { return false }
        if node.attribute("itemprop") == "articleBody" || node.name == "article" || node.name == "main" { return false }
        if signals.positive { return length * 4 < total }
        return length * 2 < total
    }

    /// Cuts the page into text segments at block boundaries, skipping excluded nodes.
    func segments(_ document: HTMLDocument, excluded: [Bool]) -> [Segment] {
        let nodes = document.nodes
        var segments: [Segment] = []
        var buffer: [UInt8] = []
        var linkCharacters = 0
        var characters = 0
        var commas = 0
        var openBlocks: [Int] = [0]  // stack of block elements (and the root)
        var openLinks: [Int] = []  // ends of open links
        var pendingSpace = false

        func flush() {
            if characters > 0, let container = openBlocks.last {
                segments.append(
                    Segment(text: String(decoding: buffer, as: UTF8.self), container: container, characters: characters,
                        linkCharacters: linkCharacters, commas: commas))
            }
            buffer.removeAll(keepingCapacity: true)
            characters = 0
            commas = 0
            linkCharacters = 0
            pendingSpace = false
        }

        var index = 1
        while index < nodes.count {
            while let top = openBlocks.last, top > 0, nodes[top].end <= index {
                flush()
                openBlocks.removeLast()
            }
            while let end = openLinks.last, end <= index { openLinks.removeLast() }
            if excluded[index] {
                index = nodes[index].kind == .element ? max(index + 1, nodes[index].end) : index + 1
                continue
            }
            let node = nodes[index]
            switch node.kind {
            case .element:
                if node.traits.contains(.block) {
                    flush()
                    if !node.traits.contains(.void) { openBlocks.append(index) }
                } else if node.name == "a" {
                    openLinks.append(node.end)
                }
            case .text:
                let inLink = !openLinks.isEmpty
                var afterC2 = false
                for byte in node.text.utf8 {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                        pendingSpace = true
                        continue
                    }
                    if byte == 0xC2 {
                        afterC2 = true
                        continue
                    }
                    if afterC2 {
                        afterC2 = false
                        if byte == 0xA0 {  // no-break space
                            pendingSpace = true
                            continue
                        }
                        if pendingSpace, !buffer.isEmpty { buffer.append(0x20) }
                        pendingSpace = false
                        buffer.append(0xC2)
                        characters += 1
                        if inLink { linkCharacters += 1 }
                    }
                    if byte == 0x2C { commas += 1 }
                    if pendingSpace, !buffer.isEmpty { buffer.append(0x20) }
                    pendingSpace = false
                    buffer.append(byte)
                    // Count characters, not bytes: continuation bytes are skipped.
                    if byte & 0xC0 != 0x80 {
                        characters += 1
                        if inLink { linkCharacters += 1 }
                    }
                }
            default:
                break
            }
            index += 1
        }
        flush()
        return segments
    }
}
