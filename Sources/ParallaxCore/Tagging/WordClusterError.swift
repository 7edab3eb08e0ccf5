/// Why a word-cluster file could not be loaded or used.
public enum WordClusterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not start with the cluster magic `PLXC`.
    case notAClusterFile
    /// The file is of a format version this build cannot read.
    case unsupportedVersion(found: Int, supported: Int)
    /// The file ends before the data its header announces.
    case truncated(atByte: Int)
    /// The file's contents contradict themselves.
    case corrupt(String)
    /// The checksum at the end does not match the contents: the file was damaged.
    case checksumMismatch
    /// The cluster file that should ship with Parallax is missing from the package's resources.
    case missingResource(String)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .notAClusterFile: "not a Parallax word-cluster file (bad magic bytes)"
        case .unsupportedVersion(let found, let supported):
            "word-cluster format version \(found) is not supported (this build reads version \(supported)); rebuild it with `parallax train clusters`"
        case .truncated(let at): "word-cluster file is truncated at byte \(at)"
        case .corrupt(let reason): "word-cluster file is corrupt: \(reason)"
        case .checksumMismatch: "word-cluster file is damaged (checksum mismatch)"
        case .missingResource(let name): "the bundled word-cluster file \(name) is missing from the package resources"
        }
    }
}
