import ParallaxCore

/// Reads a page's metadata — title, authors, dates, site name, canonical URL, language, description —
/// preferring structured sources (JSON-LD, Open Graph) over visible ones, and recording which was used.
public struct MetadataExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The metadata of a parsed page; `url` is where the page was fetched from, when known.
    public func metadata(of document: HTMLDocument, url: String? = nil) -> PageMetadata {
        metadata(of: document, url: url, jsonLD: JSONLDArticle(scripts: Self.jsonLDScripts(document)))
    }

    func metadata(of document: HTMLDocument, url: String?, jsonLD: JSONLDArticle) -> PageMetadata {
        var meta: [String: String] = [:]  // first value per lowercased property/name
        var titleElement: String?
        var firstHeading: String?
        var timeDate: String?
        var canonical: String?
        var language: String?
        for node in document.nodes where node.kind == .element {
            switch node.name {
            case "meta":
                guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
                    let content = node.attribute("content")?.trimmingSpacesAndNewlines(), !content.isEmpty
                else { continue }
                if meta[key] == nil { meta[key] = content }
            case "html":
                if language == nil, let lang = node.attribute("lang"), !lang.isEmpty { language = lang }
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href"), !href.isEmpty {
                    canonical = href
                }
            case "time":
                if timeDate == nil, let value = node.attribute("datetime"), Self.metadataDate(value) != nil { timeDate = value }
            default:
                break
            }
        }
        for index in document.nodes.indices where document.nodes[index].kind == .element {
            let name = document.nodes[index].name
            if name == "title", titleElement == nil { titleElement = Self.clean(document.textContent(of: index)) }
            if name == "h1", firstHeading == nil { firstHeading = Self.clean(document.textContent(of: index)) }
            if titleElement != nil && firstHeading != nil { break }
        }

        var result = PageMetadata()
        result.siteName = Self.first([
            (meta["og:site_name"], .openGraph), (jsonLD.publisher, .jsonLD), (jsonLD.websiteName, .jsonLD),
            (meta["application-name"], .metaTag),
        ])
        if let title = Self.first([(meta["og:title"], .openGraph), (jsonLD.headline, .jsonLD), (meta["twitter:title"], .metaTag)]) {
            result.title = title
        } else if let title = titleElement, !title.isEmpty {
            result.title = SourcedValue(Self.droppingSiteSuffix(title, siteName: result.siteName?.value), from: .titleElement)
        } else if let heading = firstHeading, !heading.isEmpty {
            result.title = SourcedValue(heading, from: .heading)
        }
        if !jsonLD.authors.isEmpty {
            result.authors = SourcedValue(jsonLD.authors, from: .jsonLD)
        } else if let author = meta["author"] ?? meta["article:author"] ?? meta["dc.creator"], !author.hasPrefix("http") {
            result.authors = SourcedValue([author], from: meta["author"] != nil ? .metaTag : .openGraph)
        }
        result.modified = Self.date([
            (jsonLD.dateModified, .jsonLD), (meta["article:modified_time"], .openGraph), (meta["og:updated_time"], .openGraph),
            (meta["datemodified"], .metaTag), (meta["last-modified"], .metaTag),
        ])
        let urlDate = [url, canonical, meta["og:url"], jsonLD.url].lazy.compactMap { $0 }.compactMap(Self.dateInURL).first
        let latestEvidence = [result.modified?.value, urlDate].compactMap { $0 }.max()
        let structured: [(String?, MetadataSource)] = [
            (jsonLD.datePublished, .jsonLD), (meta["article:published_time"], .openGraph), (meta["og:published_time"], .openGraph),
            (meta["date"], .metaTag), (meta["pubdate"], .metaTag), (meta["publishdate"], .metaTag),
            (meta["dc.date.issued"], .metaTag), (meta["dc.date"], .metaTag), (meta["datepublished"], .metaTag),
            (timeDate, .timeElement),
        ]
        var candidates = structured.compactMap { value, source in
            value.flatMap(Self.metadataDate).map { SourcedValue($0, from: source) }
        }
        if let urlDate { candidates.append(SourcedValue(urlDate, from: .url)) }
        result.published = Self.notInTheFuture(of: latestEvidence, candidates)
        if result.published == nil, let visible = Self.visibleDate(document) {
            result.published = Self.notInTheFuture(of: latestEvidence, [SourcedValue(visible, from: .visibleText)])
        }
        if let published = result.published?.value, let modified = result.modified?.value, modified < published {
            result.modified = nil
        }
        result.canonicalURL = Self.first([(canonical, .canonicalLink), (meta["og:url"], .openGraph), (jsonLD.url, .jsonLD), (url, .url)])
        result.language = Self.first([(language, .htmlLang), (meta["og:locale"]?.replacingOccurrences(of: "_", with: "-"), .openGraph)])
        result.description = Self.first([
            (meta["og:description"], .openGraph), (meta["description"], .metaTag), (meta["twitter:description"], .metaTag),
        ])
        return result
    }

    /// The first candidate date that is not in the future of the page's own evidence.
    ///
    /// The rule: a published date later than the latest date the page itself shows as its modified date
    /// or in its URL is dropped, with one day of slack because these dates are calendar days read in
    /// different time zones (a URL's local day, a JSON-LD timestamp's UTC day). With no such evidence
    /// every candidate stands.
    static func notInTheFuture(
        of latestEvidence: CalendarDate?, _ candidates: [SourcedValue<CalendarDate>]
    ) -> SourcedValue<CalendarDate>? {
        guard let latestEvidence else { return candidates.first }
        let bound = latestEvidence.adding(days: 1)
        return candidates.first { $0.value <= bound }
    }

    /// How many text nodes after the headline are searched for a visible date.
    static let visibleDateTextNodes = 40
    /// Text longer than this (in characters, trimmed) is body text, not a dateline or byline.
    static let datelineLength = 80

    /// A date in a visible dateline or byline near the top of the article: the first date written out
    /// (see ``VisibleDate``) in the short text nodes after the first `<h1>` (else from the first
    /// `<article>` or `<main>`, else from the start), scripts and styles left out. The search ends at
    /// the first long text (the body has begun), whose opening characters are still read, for a
    /// dateline such as `WASHINGTON, January 21, 2025 —`; dates inside the body are never taken.
    static func visibleDate(_ document: HTMLDocument) -> CalendarDate? {
        let nodes = document.nodes
        let start = nodes.indices.first { nodes[$0].kind == .element && nodes[$0].name == "h1" }
            ?? nodes.indices.first { nodes[$0].kind == .element && (nodes[$0].name == "article" || nodes[$0].name == "main") }
            ?? 0
        var index = start
        var seen = 0
        while index < nodes.count, seen < visibleDateTextNodes {
            let node = nodes[index]
            if node.kind == .element, node.traits.contains(.rawText) || node.name == "template" {
                index = max(node.end, index + 1)
                continue
            }
            if node.kind == .text {
                let text = clean(node.text)
                if !text.isEmpty {
                    seen += 1
                    if text.count > datelineLength { return VisibleDate.first(in: String(text.prefix(datelineLength))) }
                    if let date = VisibleDate.first(in: text) { return date }
                }
            }
            index += 1
        }
        return nil
    }

    /// The text of every `<script type="application/ld+json">`.
    static func jsonLDScripts(_ document: HTMLDocument) -> [String] {
        document.nodes.indices.compactMap { index in
            let node = document.nodes[index]
            guard node.kind == .element, node.name == "script",
                node.attribute("type")?.lowercased().trimmingSpacesAndNewlines() == "application/ld+json"
            else { return nil }
            return index + 1 < node.end ? document.nodes[index + 1].text : nil
        }
    }

    static func first(_ candidates: [(String?, MetadataSource)]) -> SourcedValue<String>? {
        for (value, source) in candidates {
            if let value = value.map(clean), !value.isEmpty { return SourcedValue(value, from: source) }
        }
        return nil
    }

    static func date(_ candidates: [(String?, MetadataSource)]) -> SourcedValue<CalendarDate>? {
        for (value, source) in candidates {
            if let value, let date = metadataDate(value) { return SourcedValue(date, from: source) }
        }
        return nil
    }

    /// The calendar day of a date attribute: ISO 8601 (`2019-11-20T08:00:58Z`), or written out as
    /// JavaScript's `Date.toString()` (`Wed Nov 20 2019 08:00:58 GMT+0000`) and RFC 2822 (`Wed, 20 Nov
    /// 2019 08:00:58 +0000`) write it; nil for a placeholder — a year before 1800 (`0001-01-01`) or a
    /// zero of a clock (`1970-01-01`, `1900-01-01`) — so that the next candidate (a URL's date) is used.
    static func metadataDate(_ value: String) -> CalendarDate? {
        let trimmed = value.trimmingSpacesAndNewlines()
        guard let date = CalendarDate(iso: trimmed) ?? VisibleDate.first(in: String(trimmed.prefix(40))) else { return nil }
        guard date.year >= 1800, date != CalendarDate(year: 1970, month: 1, day: 1),
            date != CalendarDate(year: 1900, month: 1, day: 1)
        else { return nil }
        return date
    }

    /// A date written in a URL path as `/2019/11/21/` or `/2019-11-21`.
    static func dateInURL(_ url: String) -> CalendarDate? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
        guard parts.count >= 3 else { return nil }
        for i in 0..<(parts.count - 2) {
            guard parts[i].count == 4, let year = Int(parts[i]), (1990...2100).contains(year),
                parts[i + 1].count <= 2, let month = Int(parts[i + 1]),
                parts[i + 2].count <= 2, let day = Int(parts[i + 2])
            else { continue }
            if let date = CalendarDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// A title without a trailing ` | Site`, ` - Site` or ` — Site` part.
    static func droppingSiteSuffix(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = title[range.upperBound...]
            if let siteName, tail.lowercased().contains(siteName.lowercased()) || siteName.lowercased().contains(tail.lowercased()) {
                return head
            }
            if tail.split(separator: " ").count <= 4, head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }

    /// Whitespace collapsed and trimmed.
    static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingSpacesAndNewlines() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
