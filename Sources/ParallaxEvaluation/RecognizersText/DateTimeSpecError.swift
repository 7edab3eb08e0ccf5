import ParallaxCore

/// Why a Recognizers-Text DateTime spec file or one of its cases could not be read.
///
/// A malformed file stops its evaluation (the caller cannot trust any figure from it); a malformed
/// case only counts as a failure, with its message as the reason.
public enum DateTimeSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is not JSON.
    case invalidJSON(file: String)
    /// The file is JSON but not an array of cases.
    case notACaseList(file: String)
    /// A case lacks a field or has one of the wrong shape.
    case malformedCase(String)

    /// A one-line message a user can act on.
    public var description: String {
        switch self {
        case .invalidJSON(let file): "\(file): not valid JSON; expected a Recognizers-Text spec file"
        case .notACaseList(let file): "\(file): expected a JSON array of spec cases"
        case .malformedCase(let why): "malformed spec case: \(why)"
        }
    }
}
