/// How the text of an input is laid out.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// One article per input: optional header lines, an optional dateline, then the body.
    case plainText
    /// One JSON object per line, each an article (`.jsonl`, `.ndjson`).
    case jsonLines

    /// The format a file name implies: JSON Lines for `.jsonl`/`.ndjson` (optionally `.gz`), else plain text.
    public init(fileName: String) {
        let name = InputName.droppingGzipExtension(fileName).lowercased()
        self = name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") ? .jsonLines : .plainText
    }
}
