import ParallaxCore

/// How one Recognizers-Text DateTime spec case fared.
public enum DateTimeSpecOutcome: Sendable, Hashable {
    /// The extracted spans, and for parser and model specs every value, equal the spec's.
    case passed
    /// The case ran and did not pass, or could not be read; `reason` says which difference.
    case failed(reason: String)
    /// The spec marks the case as not supported by the .NET implementation.
    case skipped
}
