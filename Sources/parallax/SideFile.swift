import Foundation

/// A file a command writes beside its main output (predictions, a trace): written whole or not at all,
/// a failure one line naming the path.
enum SideFile {
    /// Replaces the file at `path` with `data`.
    static func write(_ data: Data, to path: String) throws(CommandFailure) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("\(path): cannot write (\(error.localizedDescription))")
        }
    }
}
