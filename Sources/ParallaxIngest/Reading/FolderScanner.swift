import Foundation

/// Lists the article files under a folder, recursively and in a stable order.
///
/// Names are sorted within each folder; hidden entries (leading `.`) are skipped, and only files
/// with an article extension (`.txt`, `.text`, `.md`, `.jsonl`, `.ndjson`, `.html`, `.htm`, `.rss`,
/// `.atom`, `.xml`, each optionally `.gz`)
/// are taken. Linked folders are followed once, so link cycles end.
struct FolderScanner: Sendable {
    /// The files found and the folders that could not be listed.
    struct Listing: Sendable {
        /// Paths of article files, in reading order.
        var files: [String] = []
        /// One error per folder that could not be listed.
        var diagnostics: [IngestDiagnostic] = []
    }

    /// The article files under `folder`.
    func scan(_ folder: String) -> Listing {
        var listing = Listing()
        var visited: Set<String> = []
        scan(folder, visited: &visited, into: &listing)
        return listing
    }

    /// Adds the article files under `folder` to `listing`.
    private func scan(_ folder: String, visited: inout Set<String>, into listing: inout Listing) {
        let canonical = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(canonical).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            let reason = FileLoader.reason(for: error)
            listing.diagnostics.append(IngestDiagnostic(origin: folder, error: .folderUnreadable(reason: reason)))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = FolderScanner.join(folder, name)
            switch FileLoader.kind(of: path) {
            case .folder: scan(path, visited: &visited, into: &listing)
            case .file where InputName.isArticleFile(name): listing.files.append(path)
            default: continue
            }
        }
    }

    /// `folder/name`, without doubling a trailing slash.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
