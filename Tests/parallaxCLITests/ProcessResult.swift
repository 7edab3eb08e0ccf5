/// What one run of `parallax` produced.
struct ProcessResult: Sendable {
    /// The exit status.
    var status: Int32
    /// Everything written to standard output.
    var standardOutput: String
    /// Everything written to standard error.
    var standardError: String

    /// The non-empty lines of standard error.
    var errorLines: [String] {
        standardError.split(separator: "\n").map(String.init)
    }
}
