import Foundation

/// Reads whole files and standard input, refusing inputs past a size cap.
enum FileLoader {
    /// What is at a path.
    enum Kind: Sendable, Hashable {
        /// Nothing (or a dangling link).
        case missing
        /// A folder, to scan.
        case folder
        /// Anything else, to read.
        case file
    }

    /// Bytes read per system call.
    static let chunkSize = 1 << 22

    /// What is at `path`, following links.
    static func kind(of path: String) -> Kind {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        return isFolder.boolValue ? .folder : .file
    }

    /// The bytes of the file at `path`, at most `limit` of them.
    static func load(_ path: String, limit: Int) throws(IngestError) -> [UInt8] {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw kind(of: path) == .missing ? .fileNotFound : .unreadable(reason: "permission denied")
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(reason: reason(for: error))
        }
        defer { try? handle.close() }
        if let size = try? handle.seekToEnd() {
            guard size <= UInt64(limit) else { throw .tooLarge(limit: limit) }
            do {
                try handle.seek(toOffset: 0)
            } catch {
                throw .unreadable(reason: reason(for: error))
            }
        }
        return try readAll(handle, limit: limit)
    }

    /// All of standard input, at most `limit` bytes.
    @Sendable static func readStandardInput(limit: Int) throws(IngestError) -> [UInt8] {
        try readAll(FileHandle.standardInput, limit: limit)
    }

    /// Reads `handle` to its end, failing once more than `limit` bytes arrive.
    static func readAll(_ handle: FileHandle, limit: Int) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: min(chunkSize, limit - bytes.count + 1))
            } catch {
                throw .unreadable(reason: reason(for: error))
            }
            guard let chunk, !chunk.isEmpty else { return bytes }
            bytes.append(contentsOf: chunk)
            guard bytes.count <= limit else { throw .tooLarge(limit: limit) }
        }
    }

    /// A short, one-line reason for a file-system error.
    static func reason(for error: Error) -> String {
        if let error = error as? CocoaError {
            switch error.code {
            case .fileReadNoPermission: return "permission denied"
            case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
            default: break
            }
        }
        if let error = error as? POSIXError {
            switch error.code {
            case .EACCES, .EPERM: return "permission denied"
            case .EISDIR: return "is a folder"
            case .ENOENT: return "no such file"
            default: return String(describing: error.code)
            }
        }
        let text = error.localizedDescription
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
