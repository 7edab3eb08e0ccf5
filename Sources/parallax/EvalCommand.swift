import ArgumentParser

/// `parallax eval`: measure Parallax on evaluation corpora.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure Parallax on evaluation corpora (see ../shared/corpora).",
        subcommands: [
            EvalNumbersCommand.self, EvalTimeCommand.self, EvalNERCommand.self, EvalPOSCommand.self, EvalExtractCommand.self,
            EvalCorefCommand.self,
            EvalQuotesCommand.self, EvalClaimsCommand.self, EvalClusterCommand.self,
        ]
    )
}
