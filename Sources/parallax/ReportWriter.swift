import Foundation

/// Where a command's report or document goes: standard output, or a file that appears whole or not at all.
///
/// A file is written to a temporary file in the same folder and renamed over the destination by
/// ``commit()``, so nobody reads half a report and a failed run leaves an earlier file as it was; the
/// temporary file is removed when an uncommitted writer goes away (the command failed). Standard output
/// is written as the command goes, as before.
final class ReportWriter {
    /// The destination file being written.
    private struct PendingFile {
        /// Where the output belongs.
        var path: String
        /// The temporary file beside it that receives the bytes.
        var temporary: String
        /// The temporary file, open for writing.
        var handle: FileHandle
    }

    /// Bytes gathered before one write to the file.
    private static let bufferSize = 1 << 16

    /// The file being written; `nil` for standard output.
    private let file: PendingFile?
    /// Bytes not yet written to the file.
    private var buffer: [UInt8] = []
    /// The first write error, reported by ``commit()``.
    private var failure: OutputError?
    /// Whether the file is in place.
    private var committed = false

    /// A writer to `path`, or to standard output when `path` is `nil` or `-`.
    ///
    /// The temporary file is created now, so a folder that does not exist or cannot be written fails
    /// before the command does its work.
    init(path: String?) throws(OutputError) {
        guard let path, path != "-" else {
            file = nil
            return
        }
        var isFolder: ObjCBool = false
        if path.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
        {
            throw .isFolder(path: path)
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + "." + UUID().uuidString.prefix(8) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: Self.reason(errno)) }
        file = PendingFile(
            path: path, temporary: temporary, handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }

    deinit {
        guard let file, !committed else { return }
        try? file.handle.close()
        unlink(file.temporary)
    }

    /// Writes `text` as it is.
    func write(_ text: String) {
        guard file != nil else {
            print(text, terminator: "")
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Writes `text` and a line feed.
    func line(_ text: String) {
        write(text + "\n")
    }

    /// Puts the file in place (nothing to do for standard output); fails with the first write error.
    func commit() throws(OutputError) {
        guard let file, !committed else { return }
        flush()
        if let failure { throw failure }
        do {
            try file.handle.synchronize()
            try file.handle.close()
        } catch {
            throw .cannotWrite(path: file.path, reason: error.localizedDescription)
        }
        guard rename(file.temporary, file.path) == 0 else {
            throw .cannotWrite(path: file.path, reason: Self.reason(errno))
        }
        committed = true
    }

    /// Writes the buffered bytes to the temporary file, keeping the first error.
    private func flush() {
        guard let file, !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        do {
            try file.handle.write(contentsOf: buffer)
        } catch {
            failure = .cannotWrite(path: file.path, reason: error.localizedDescription)
        }
    }

    /// The system's one-line description of an `errno` value (`No such file or directory`).
    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
