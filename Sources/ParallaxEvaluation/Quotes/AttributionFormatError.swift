import ParallaxCore

/// Why a PolNeAR-format folder or brat attribution file cannot be read.
public enum AttributionFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A standoff line that is neither a valid text-bound (`T`) nor an event (`E`) line.
    case malformedLine(file: String, line: Int, reason: String)
    /// An event names an annotation id the file does not define.
    case unknownAnnotation(file: String, line: Int, id: String)
    /// A span lies outside the article text.
    case spanOutOfText(file: String, line: Int)

    /// A one-line message naming the file and line.
    public var description: String {
        switch self {
        case .malformedLine(let file, let line, let reason): "\(file):\(line): malformed attribution line (\(reason))"
        case .unknownAnnotation(let file, let line, let id): "\(file):\(line): event refers to unknown annotation \(id)"
        case .spanOutOfText(let file, let line): "\(file):\(line): span lies outside the article text"
        }
    }
}
