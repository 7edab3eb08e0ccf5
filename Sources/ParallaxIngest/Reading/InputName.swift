/// What file names say about inputs: outlet names, gzip, which files a folder scan takes.
enum InputName {
    /// Extensions (lowercase, after an optional `.gz`) of files taken from folders.
    static let articleExtensions: Set<String> = [
        "txt", "text", "md", "jsonl", "ndjson", "html", "htm", "rss", "atom", "xml",
    ]

    /// The last path component of `path`.
    static func fileName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed.split(separator: "/", omittingEmptySubsequences: true).last ?? trimmed)
    }

    /// `name` without a trailing `.gz` (any case).
    static func droppingGzipExtension(_ name: String) -> String {
        name.lowercased().hasSuffix(".gz") && name.count > 3 ? String(name.dropLast(3)) : name
    }

    /// Whether the name ends in `.gz`.
    static func isGzipName(_ name: String) -> Bool { name.lowercased().hasSuffix(".gz") }

    /// The extension after dropping `.gz`, lowercased (`""` when none).
    static func articleExtension(_ name: String) -> String {
        let base = droppingGzipExtension(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }

    /// Whether the name's extension (after an optional `.gz`) is one that says the input's format
    /// (`.txt`, `.jsonl`, `.html`, `.rss`, …); inputs without one are recognized by their content.
    static func namesFormat(_ name: String) -> Bool {
        articleExtensions.contains(articleExtension(name))
    }

    /// Whether a folder scan takes a file of this name: not hidden, a known text, JSON Lines, HTML or feed extension.
    static func isArticleFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && namesFormat(name)
    }

    /// The outlet a file name implies: the name without `.gz` and without its last extension
    /// (`bbc.txt` → `bbc`, `reuters.txt.gz` → `reuters`); `stdin` for `-`.
    static func outlet(forPath path: String) -> String {
        if path == "-" { return "stdin" }
        let base = droppingGzipExtension(fileName(path))
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else {
            return base.isEmpty ? "unknown" : base
        }
        return String(base[..<dot])
    }
}
