import ArgumentParser

/// The `parallax` command: news reconciliation from the command line.
@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Compare many outlets' reports of one event, fact by fact and source by source.",
        subcommands: [
            CompareCommand.self, AnalyzeCommand.self, ExtractCommand.self, BenchCommand.self, EvalCommand.self, TrainCommand.self,
        ]
    )
}
