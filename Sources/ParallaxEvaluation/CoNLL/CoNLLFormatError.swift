import ParallaxCore

/// Why a CoNLL file could not be read.
public enum CoNLLFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A token line has fewer than the two columns (word and label) every use needs.
    case tooFewColumns(line: Int)
    /// The file has no token lines at all.
    case empty

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .tooFewColumns(let line): "CoNLL line \(line) has fewer than 2 space-separated columns"
        case .empty: "the CoNLL file has no tokens"
        }
    }
}
