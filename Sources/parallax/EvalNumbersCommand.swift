import ArgumentParser

/// `parallax eval numbers`: Recognizers-Text spec conformance. (Placeholder: being implemented.)
struct EvalNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "numbers", abstract: "Run Recognizers-Text spec files.")
    @Argument var paths: [String]
    func run() throws { throw CommandFailure("eval numbers is not implemented yet") }
}
