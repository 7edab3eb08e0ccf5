/// A one-line reason for a failure that is not a usage mistake; `parallax` exits 1 with it.
///
/// Usage mistakes are `ValidationError`s thrown from `validate()`, which exit 64 (`EX_USAGE`) and show
/// the subcommand's usage.
struct CommandFailure: Error, CustomStringConvertible {
    /// The reason, one line.
    let description: String
    /// A failure with the given reason.
    init(_ description: String) { self.description = description }
}
