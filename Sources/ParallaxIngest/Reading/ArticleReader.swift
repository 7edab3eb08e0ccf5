import Foundation
import ParallaxCore

/// Reads news articles from files, folders, standard input or bytes.
///
/// Every input is read on its own: a missing, unreadable, binary, empty or corrupt input becomes
/// one ``IngestDiagnostic`` and the others still go through. Gzip inputs (by `.gz` name or by
/// signature) are decompressed. Plain text follows ``PlainTextParser``; `.jsonl`/`.ndjson` inputs hold
/// one article per line; `.html`/`.htm` pages go through ``HTMLArticleExtractor``; RSS and Atom feeds
/// (`.rss`, `.atom`, `.xml`, or any input that starts like one) give one article per item (``FeedReader``).
/// Standard input, and files whose name has no known extension, are recognized by their content
/// (``ContentSniffer``: JSON Lines, feed, web page or plain text). Invalid UTF-8 is repaired with U+FFFD
/// and reported as a warning.
///
/// Each article's `text` is its body as stored; every annotation offset points into that string.
public struct ArticleReader: Sendable {
    /// Reads standard input, at most the given number of bytes.
    let standardInput: @Sendable (Int) throws(IngestError) -> [UInt8]

    /// Creates a reader whose `-` path reads the process's standard input.
    public init() {
        self.init(standardInput: { limit throws(IngestError) in try FileLoader.readStandardInput(limit: limit) })
    }

    /// Creates a reader whose `-` path reads from `standardInput` (for tests).
    init(standardInput: @escaping @Sendable (Int) throws(IngestError) -> [UInt8]) {
        self.standardInput = standardInput
    }

    /// Reads every path in order: `-` is standard input; a folder is scanned recursively, in sorted
    /// order, for files ending `.txt`, `.text`, `.md`, `.jsonl`, `.ndjson`, `.html`, `.htm`, `.rss`, `.atom` or
    /// `.xml` (each optionally `.gz`),
    /// skipping hidden entries and other files silently; anything else is read as a file whatever its name.
    public func read(paths: [String], options: ReadOptions = ReadOptions()) -> IngestResult {
        var result = IngestResult()
        for path in paths {
            if path == "-" {
                do {
                    let bytes = try standardInput(options.maxInputBytes)
                    result.append(read(bytes: bytes, origin: path, options: options))
                } catch {
                    result.diagnostics.append(IngestDiagnostic(origin: path, error: error))
                }
                continue
            }
            switch FileLoader.kind(of: path) {
            case .missing:
                result.diagnostics.append(IngestDiagnostic(origin: path, error: .fileNotFound))
            case .folder:
                let listing = FolderScanner().scan(path)
                result.diagnostics.append(contentsOf: listing.diagnostics)
                if listing.files.isEmpty && listing.diagnostics.isEmpty {
                    result.diagnostics.append(
                        IngestDiagnostic(
                            origin: path, severity: .warning,
                            message: "no article files in folder (.txt, .text, .md, .jsonl, .ndjson, .html, .htm, .rss, .atom, .xml, or .gz of these)"))
                }
                for file in listing.files { result.append(readFile(file, options: options)) }
            case .file:
                result.append(readFile(path, options: options))
            }
        }
        return result
    }

    /// Reads one input given as bytes; `origin` names it in messages, and its file name decides the
    /// default outlet, gzip (`.gz`) and the format (`.jsonl`, `.html`, `.rss`), as for a file of that path
    /// (`-`, or a name without a known extension: the format is read from the content).
    public func read(data: Data, origin: String, options: ReadOptions = ReadOptions()) -> IngestResult {
        read(bytes: [UInt8](data), origin: origin, options: options)
    }

    /// Reads the file at `path`.
    private func readFile(_ path: String, options: ReadOptions) -> IngestResult {
        do {
            return read(bytes: try FileLoader.load(path, limit: options.maxInputBytes), origin: path, options: options)
        } catch {
            return IngestResult(diagnostics: [IngestDiagnostic(origin: path, error: error)])
        }
    }

    /// Reads one input's bytes; an article longer than `options.maxArticleBytes` becomes its parts
    /// (not in raw mode).
    func read(bytes: [UInt8], origin: String, options: ReadOptions) -> IngestResult {
        var result = readWhole(bytes: bytes, origin: origin, options: options)
        // Raw mode keeps every text whole: evaluation offsets point into it as given.
        guard !options.raw else { return result }
        let segmenter = ArticleSegmenter(limit: options.maxArticleBytes)
        guard result.articles.contains(where: { $0.text.utf8.count > segmenter.limit }) else { return result }
        var articles: [Article] = []
        for article in result.articles {
            let parts = segmenter.segments(of: article)
            articles.append(contentsOf: parts)
            guard parts.count > 1 else { continue }
            let size = ByteCountText.format(article.text.utf8.count)
            result.diagnostics.append(
                IngestDiagnostic(
                    origin: origin, severity: .warning,
                    message: "a text of \(size) is analyzed as \(parts.count) parts of at most \(ByteCountText.format(segmenter.limit)) (\(article.id)#1 to #\(parts.count)); names, quotations and coreference are linked within each part"
                ))
        }
        result.articles = articles
        return result
    }

    /// Reads one input's bytes as they are.
    private func readWhole(bytes: [UInt8], origin: String, options: ReadOptions) -> IngestResult {
        var result = IngestResult()
        do throws(IngestError) {
            guard bytes.count <= options.maxInputBytes else { throw .tooLarge(limit: options.maxInputBytes) }
            let name = origin == "-" ? "" : InputName.fileName(origin)
            var bytes = bytes
            if GzipDecoder.isGzip(bytes) || InputName.isGzipName(name) {
                do {
                    bytes = try GzipDecoder(maxOutputBytes: options.maxDecompressedBytes).decode(bytes)
                } catch {
                    throw .invalidGzip(error)
                }
            }
            let format = options.format ?? InputFormat(fileName: name, bytes: bytes)
            if format == .html {
                result.append(try htmlArticle(bytes, origin: origin, options: options))
                return result
            }
            if format == .feed {
                result.append(try FeedReader(options: options).read(bytes, origin: origin))
                return result
            }
            let decoded = try InputTextDecoder.decode(bytes, keepByteOrderMark: options.raw)
            if decoded.repairedBytes > 0 {
                result.diagnostics.append(
                    IngestDiagnostic(
                        origin: origin, severity: .warning,
                        message: "invalid \(decoded.encoding) repaired (\(ByteCountText.format(decoded.repairedBytes)))"
                    ))
            }
            guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw .emptyText }
            switch format {
            case .plainText:
                result.articles.append(try plainTextArticle(decoded.text, origin: origin, options: options))
            case .jsonLines:
                result.append(JSONLinesReader(options: options).read(decoded.text, origin: origin))
            case .html, .feed:
                break
            }
        } catch {
            result.diagnostics.append(IngestDiagnostic(origin: origin, error: error))
        }
        return result
    }

    /// The article of one saved web page: body = extracted paragraphs joined by blank lines; title,
    /// date, outlet (site name) and URL from the page's metadata.
    private func htmlArticle(_ bytes: [UInt8], origin: String, options: ReadOptions) throws(IngestError) -> IngestResult {
        let page: ExtractedPage
        do {
            page = try HTMLArticleExtractor().extract(bytes)
        } catch {
            throw .noArticle(error)
        }
        var result = IngestResult()
        if page.repairedBytes > 0 {
            result.diagnostics.append(
                IngestDiagnostic(
                    origin: origin, severity: .warning,
                    message: "invalid \(page.encoding) repaired (\(ByteCountText.format(page.repairedBytes)))"))
        }
        let body = page.articleBody
        let metadata = page.metadata
        result.articles.append(
            Article(
                id: ArticleIdentifier.identifier(for: body), source: metadata.siteName?.value ?? options.source ?? InputName.outlet(forPath: origin),
                url: metadata.canonicalURL?.value, title: metadata.title?.value, published: metadata.published?.value ?? options.date,
                text: body, origin: origin))
        return result
    }

    /// The article of one plain-text input.
    private func plainTextArticle(_ text: String, origin: String, options: ReadOptions) throws(IngestError) -> Article {
        let outlet = InputName.outlet(forPath: origin)
        if options.raw {
            return Article(
                id: ArticleIdentifier.identifier(for: text), source: outlet, published: options.date, text: text,
                origin: origin)
        }
        let document = PlainTextParser().parse(text)
        guard !document.body.isEmpty else { throw document.hasHeader ? .noBodyAfterHeader : .emptyText }
        return Article(
            id: ArticleIdentifier.identifier(for: document.body), source: document.source ?? outlet, url: document.url,
            title: document.title, published: document.published ?? options.date, dateline: document.dateline,
            text: document.body, origin: origin)
    }
}
