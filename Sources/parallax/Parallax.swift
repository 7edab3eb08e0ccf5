import ArgumentParser

/// The `parallax` command: news reconciliation from the command line.
///
/// Exit status: 0 on success; 64 (`EX_USAGE`) for a usage mistake, with the subcommand's usage; 1 for
/// any other failure (nothing readable, `--strict` problems, a file that cannot be written), with a
/// one-line reason on standard error.
@main
struct Parallax: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Compare many outlets' reports of one event, fact by fact and source by source.",
        version: ParallaxVersion.current,
        subcommands: [
            IngestCommand.self, WorkerCommand.self, WatchCommand.self, FeedsCommand.self, ServeCommand.self, StoriesCommand.self, StoryCommand.self, SearchCommand.self, ArticleCommand.self,
            CompareCommand.self, ClusterCommand.self, AnalyzeCommand.self, ExtractCommand.self, BenchCommand.self, EvalCommand.self, TrainCommand.self,
        ]
    )
}
