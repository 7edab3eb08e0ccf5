/// Why a tagger model file could not be loaded.
public enum TaggerModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not start with the model magic `PLXT`: it is not a Parallax tagger model.
    case notAModel
    /// The file is a model of a format version this build cannot read.
    case unsupportedVersion(found: Int, supported: Int)
    /// The file ends before the data its header announces.
    case truncated(atByte: Int)
    /// The file's contents contradict themselves.
    case corrupt(String)
    /// The checksum at the end does not match the contents: the file was damaged.
    case checksumMismatch
    /// The model was trained with a word-cluster table (checksum `expected`) other than the one
    /// available (`found`, nil when none could be loaded).
    case clusterMismatch(expected: UInt32, found: UInt32?)
    /// A model that should ship with Parallax is missing from the package's resources.
    case missingResource(String)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .notAModel: "not a Parallax tagger model (bad magic bytes)"
        case .unsupportedVersion(let found, let supported):
            "tagger model format version \(found) is not supported (this build reads version \(supported)); retrain with `parallax train`"
        case .truncated(let at): "tagger model file is truncated at byte \(at)"
        case .corrupt(let reason): "tagger model file is corrupt: \(reason)"
        case .checksumMismatch: "tagger model file is damaged (checksum mismatch)"
        case .clusterMismatch(let expected, let found):
            "tagger model needs the word-cluster table with checksum \(String(expected, radix: 16)), but \(found.map { "the table given has \(String($0, radix: 16))" } ?? "none could be loaded"); pass the cluster file it was trained with, or retrain"
        case .missingResource(let name): "the bundled tagger model \(name) is missing from the package resources"
        }
    }
}
