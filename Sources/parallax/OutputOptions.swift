import ArgumentParser

/// The `-o/--output FILE` option of the commands that print a report or document.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write the output to this file instead of standard output ('-': standard output). The file is replaced whole, and only when the command succeeds.",
            valueName: "file"))
    var output: String?

    /// A writer to the chosen destination; fails at once when the file cannot be created.
    func writer() throws(OutputError) -> ReportWriter {
        try ReportWriter(path: output)
    }
}
