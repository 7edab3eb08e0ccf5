import Foundation
import ParallaxCore
import ParallaxIngest

/// A fetched URL read as articles, the way `ArticleReader` reads a file: a page through the HTML
/// extractor, a feed's items with their text; the response's content type checked, its charset
/// applied (the HTTP header wins over the page's own `<meta>`), and a page that is only a pay wall or
/// a sign-in screen reported as such instead of stored.
public struct WebReader: Sendable {
    /// Content types read; anything else (images, PDFs, archives) is refused with one line.
    static let readable = ["text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml", "application/xml",
        "text/xml", "application/rdf+xml", "text/plain", "application/json", "application/x-ndjson", "application/feed+json"]

    /// A reader.
    public init() {}

    /// Refuses a response whose content type Parallax does not read (none given is tried).
    public static func checkType(_ response: FetchedResponse) throws(FetchError) {
        let type = response.mediaType
        guard type.isEmpty || readable.contains(type) else { throw .wrongContentType(url: response.url, type: type) }
    }

    /// The articles of a fetched response (diagnostics for what could not be read).
    public func read(_ response: FetchedResponse, options: ReadOptions = ReadOptions()) throws(FetchError) -> IngestResult {
        try Self.checkType(response)
        let type = response.mediaType
        var options = options
        options.source = options.source ?? Self.outlet(response.url)
        var bytes = response.body
        if type == "text/html" || type == "application/xhtml+xml" {
            bytes = Self.applyingCharset(bytes, response.charset)
            options.format = .html
        }
        var result = ArticleReader().read(data: Data(bytes), origin: response.url, options: options)
        let detector = BoilerplateDetector()
        let kept = result.articles.filter { !detector.isBoilerplate($0.text) }
        if kept.count < result.articles.count {
            result.diagnostics.append(
                IngestDiagnostic(
                    origin: response.url, severity: .error, message: "a pay wall, sign-in or consent page, not an article; skipped"))
        }
        result.articles = kept.map { article in
            var article = article
            if article.url == nil { article.url = response.url }
            return article
        }
        return result
    }

    /// The outlet of a URL: its host without `www.`.
    public static func outlet(_ url: String) -> String {
        let host = URL(string: url)?.host?.lowercased() ?? url
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The page in UTF-8 with a byte-order mark when the header names its charset (the mark makes the
    /// page decoder take it over any `<meta>` in the page, as browsers give the header precedence).
    static func applyingCharset(_ bytes: [UInt8], _ charset: String?) -> [UInt8] {
        guard let charset, !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else { return bytes }
        switch charset {
        case "utf-8", "utf8":
            return [0xEF, 0xBB, 0xBF] + bytes
        case "windows-1252", "iso-8859-1", "latin1", "us-ascii", "iso-8859-15", "cp1252":
            guard let text = String(bytes: bytes, encoding: .windowsCP1252) else { return bytes }
            return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        default:
            return bytes
        }
    }
}
