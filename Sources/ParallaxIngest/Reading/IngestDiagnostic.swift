/// A problem met while reading one input, reported without stopping the others.
public struct IngestDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input (or one record of it) was skipped.
        case error
        /// The input was read, with a repair or a guess the user should know about.
        case warning
    }

    /// The path the problem is in (`-` for standard input).
    public var origin: String
    /// The 1-based line, for problems in one record of a line-based file.
    public var line: Int?
    /// Whether the input was skipped or only repaired.
    public var severity: Severity
    /// A one-line explanation, without the origin.
    public var message: String

    /// Creates a diagnostic.
    public init(origin: String, line: Int? = nil, severity: Severity, message: String) {
        self.origin = origin
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// The error diagnostic for `error` met in `origin`.
    public init(origin: String, error: IngestError) {
        if case .invalidJSONLine(let line, let reason) = error {
            self.init(origin: origin, line: line, severity: .error, message: reason)
        } else {
            self.init(origin: origin, severity: .error, message: error.description)
        }
    }

    /// `parallax: <path>[:<line>]: [warning: ]<message>`, one line for standard error.
    public var description: String {
        let place = line.map { "\(origin):\($0)" } ?? origin
        let prefix = severity == .warning ? "warning: " : ""
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "parallax: \(place): \(prefix)\(oneLine)"
    }
}
