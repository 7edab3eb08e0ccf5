import ArgumentParser
import Foundation
import ParallaxIngest

/// `parallax extract`: the article text and metadata of a saved web page.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article body and metadata (with provenance) from a saved HTML page."
    )

    /// Output layouts of `extract`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// `parallax/extract@1` JSON: articleBody, paragraphs, metadata with sources.
        case json
        /// The article body, paragraphs separated by blank lines.
        case text
    }

    /// The JSON document `extract` writes.
    struct Output: Encodable {
        var schema = "parallax/extract@1"
        var origin: String
        var articleBody: String
        var paragraphs: [String]
        var metadata: PageMetadata
        var encoding: String
        var repairedBytes: Int
    }

    @Argument(help: "An HTML page (.html, .htm, optionally .gz), or - for standard input.")
    var page: String

    @Option(help: "Output format: json or text.")
    var format: Format = .json

    @Option(help: "The address the page was saved from (used for the date and canonical URL when the page lacks them).")
    var url: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        var bytes: [UInt8]
        if page == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: page) else { throw CommandFailure("cannot read \(page)") }
            bytes = [UInt8](data)
        }
        if GzipDecoder.isGzip(bytes) {
            do {
                bytes = try GzipDecoder().decode(bytes)
            } catch {
                throw CommandFailure("\(page): \(error)")
            }
        }
        let extracted: ExtractedPage
        do {
            extracted = try HTMLArticleExtractor().extract(bytes, url: url)
        } catch {
            throw CommandFailure("\(page): \(error)")
        }
        if extracted.repairedBytes > 0 {
            StandardError.print("\(page): invalid \(extracted.encoding) repaired (\(extracted.repairedBytes) bytes)")
        }
        switch format {
        case .text:
            writer.line(extracted.articleBody)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let output = Output(
                origin: page, articleBody: extracted.articleBody, paragraphs: extracted.paragraphs, metadata: extracted.metadata,
                encoding: extracted.encoding, repairedBytes: extracted.repairedBytes)
            writer.line(String(decoding: try encoder.encode(output), as: UTF8.self))
        }
        try writer.commit()
    }
}
