import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax eval claims STORIES GOLD [--show]`: claim-level reconciliation against annotated
/// cross-source facts and quotations, with the figures of `../shared/peers/reconcile_eval.py`.
struct EvalClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Score story reports against gold cross-source facts and quotations (NewsWCL50's gold_facts@1)."
    )

    @Argument(help: "The folder of story folders (<story>/<source>.txt and <source>.meta.json).")
    var stories: String

    @Argument(help: "The folder of gold files, one <story>.json per story scored.")
    var gold: String

    @Flag(help: "Print each miss, wrong pair, wrong verdict and false conflict.")
    var show = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        var scorer = ClaimScorer()
        for story in try ClaimStories.read(stories: stories, gold: gold) {
            let analyzed = StoryAnalyzer().analyze(story.articles)
            let report = StoryReconciler().reconcile(analyzed.articles, inferredDates: analyzed.inferredDates)
            let texts = Dictionary(
                analyzed.articles.map { ($0.article.source, $0.article.text) }, uniquingKeysWith: { first, _ in first })
            scorer.add(gold: story.gold, report: report, texts: texts, bodies: story.bodies)
        }
        if show { for line in scorer.lines { writer.line(line) } }
        for line in scorer.summary { writer.line(line) }
        writer.line(scorer.valueFactsLine)
        try writer.commit()
    }
}
