/// How the text of an input is laid out.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// One article per input: optional header lines, an optional dateline, then the body.
    case plainText
    /// One JSON object per line, each an article (`.jsonl`, `.ndjson`).
    case jsonLines
    /// A saved web page (`.html`, `.htm`): the article is extracted from the markup.
    case html

    /// The format a file name implies: JSON Lines for `.jsonl`/`.ndjson`, HTML for `.html`/`.htm`
    /// (each optionally `.gz`), else plain text.
    public init(fileName: String) {
        let name = InputName.droppingGzipExtension(fileName).lowercased()
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") {
            self = .jsonLines
        } else if name.hasSuffix(".html") || name.hasSuffix(".htm") {
            self = .html
        } else {
            self = .plainText
        }
    }
}
