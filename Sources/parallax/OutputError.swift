/// Why a command's output file could not be written; each case reads as one line naming the file.
enum OutputError: Error, CustomStringConvertible {
    /// The path names a folder, not a file.
    case isFolder(path: String)
    /// The temporary file beside the output could not be created (missing folder, no permission).
    case cannotCreate(path: String, reason: String)
    /// Writing the output, or moving it into place, failed.
    case cannotWrite(path: String, reason: String)

    /// A one-line explanation.
    var description: String {
        switch self {
        case .isFolder(let path):
            return "cannot write \(path): it is a folder; give a file name"
        case .cannotCreate(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
