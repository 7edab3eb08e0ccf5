import ParallaxCore

/// Why a MEANTIME JSON Lines record could not be read.
public enum MeantimeFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line is not a JSON object.
    case notAnObject(line: Int)
    /// A required field is missing or has the wrong type.
    case missingField(line: Int, field: String)
    /// A mention names a token id outside the document.
    case tokenOutOfRange(line: Int, token: Int)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .notAnObject(let line): "line \(line): not a JSON object (expected one MEANTIME document per line)"
        case .missingField(let line, let field): "line \(line): missing or malformed field \"\(field)\""
        case .tokenOutOfRange(let line, let token): "line \(line): mention token id \(token) is outside the document"
        }
    }
}
