import ArgumentParser

/// `parallax eval time`: TempEval-3 scores on TimeML data. (Placeholder: being implemented.)
struct EvalTimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "time", abstract: "Score time expressions on TimeML data.")
    @Argument var paths: [String]
    func run() throws { throw CommandFailure("eval time is not implemented yet") }
}
