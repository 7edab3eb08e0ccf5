/// Reads a saved web page: its article's paragraphs and its metadata.
///
/// The page is decoded in the encoding it declares, parsed with ``HTMLTreeBuilder``, its main content
/// found by ``ContentExtractor`` and its metadata read by ``MetadataExtractor``. A JSON-LD
/// `articleBody` is evidence: when the extracted text and that body disagree badly, the body's
/// paragraphs are used instead.
public struct HTMLArticleExtractor: Sendable {
    /// Bounds on the parsed tree.
    public var limits: HTMLTreeBuilder.Limits

    /// Creates an extractor.
    public init(limits: HTMLTreeBuilder.Limits = .init()) {
        self.limits = limits
    }

    /// Extracts a page's article; `url` is where the page came from, when known.
    public func extract(_ bytes: [UInt8], url: String? = nil) throws(HTMLExtractionError) -> ExtractedPage {
        guard !InputTextDecoder.looksBinary(bytes.prefix(InputTextDecoder.sampleSize)) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        else { throw .binaryContent }
        let decoded = HTMLPageDecoder.decode(bytes)
        let document = HTMLDocument(utf8: decoded.utf8, limits: limits)
        let jsonLD = JSONLDArticle(scripts: MetadataExtractor.jsonLDScripts(document))
        let metadata = MetadataExtractor().metadata(of: document, url: url, jsonLD: jsonLD)
        var paragraphs = ContentExtractor().paragraphs(of: document)
        if let body = jsonLD.articleBody, let better = Self.preferredBody(extracted: paragraphs, jsonLDBody: body) {
            paragraphs = better
        }
        guard !paragraphs.isEmpty else { throw .noArticle }
        return ExtractedPage(paragraphs: paragraphs, metadata: metadata, encoding: decoded.encoding, repairedBytes: decoded.repairedBytes)
    }

    /// The JSON-LD body's paragraphs when they should replace the extracted ones: the body is long and
    /// the extracted text covers little of it.
    static func preferredBody(extracted: [String], jsonLDBody: String) -> [String]? {
        let body = HTMLCharacterReferences.decode(jsonLDBody)
        let bodyWords = Set(body.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() })
        guard bodyWords.count >= 40 else { return nil }
        let extractedWords = Set(extracted.joined(separator: " ").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() })
        let covered = Double(bodyWords.intersection(extractedWords).count) / Double(bodyWords.count)
        guard covered < 0.5 else { return nil }
        let paragraphs = body.split(whereSeparator: \.isNewline).map { MetadataExtractor.clean(String($0)) }.filter { !$0.isEmpty }
        return paragraphs.isEmpty ? nil : paragraphs
    }
}
