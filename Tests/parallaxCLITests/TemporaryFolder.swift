import Foundation

/// A fresh folder under the system temporary folder, removed when the test body returns.
enum TemporaryFolder {
    /// Runs `body` with a new, empty folder and removes the folder afterwards.
    static func with<Result>(_ body: (URL) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// Writes `bytes` to `folder/name` and returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], to name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to `folder/name` and returns the path.
    @discardableResult
    static func write(_ text: String, to name: String, in folder: URL) throws -> String {
        try write(Array(text.utf8), to: name, in: folder)
    }
}
