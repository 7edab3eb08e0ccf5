import Foundation
import ParallaxCore
import ParallaxReport
import ParallaxStore

/// What `ingest` prints when it ends: what went in, the stories it opened or grew (largest first),
/// and the commands to go on with.
struct IngestReport {
    var path: String
    var summary: IngestSummary
    var counts: StoreCounts
    var stories: [StoredStory]

    func render() -> String {
        let rate = summary.seconds > 0 ? Double(summary.added + summary.updated) / summary.seconds : 0
        var lines = [
            "# Ingested into \(path)", "",
            "\(Counted.text(summary.read, "article")) read in \(String(format: "%.1f", summary.seconds)) s (\(String(format: "%.0f", rate)) analyzed per second): "
                + "\(summary.added) new, \(summary.updated) updated, \(summary.unchanged) already stored"
                + (summary.copies + summary.boilerplate > 0
                    ? "; \(Counted.text(summary.copies, "copy", "copies")) counted once, \(Counted.text(summary.boilerplate, "boilerplate page"))" : "")
                + (summary.replayed > 0 ? "; resumed an interrupted ingest (\(summary.replayed) stored articles replayed)" : "") + ".",
            "Stories: \(summary.newStories.count) new, \(summary.updatedStories.count) updated. "
                + "The database holds \(Counted.text(counts.articles, "article")) in \(Counted.text(counts.stories, "story", "stories")).",
        ]
        if summary.added > 0, summary.seconds >= 5 {
            let timings = summary.timings
            lines.append(
                String(
                    format: "Time on the storing thread: %.1f s waiting for the analysis, %.1f s clustering, %.1f s saving the clustering state, %.1f s writing.",
                    timings.waiting, timings.clustering, timings.checkpoints, timings.storing))
        }
        let newOnes = Set(summary.newStories)
        let shown = stories.sorted { $0.articles != $1.articles ? $0.articles > $1.articles : $0.id < $1.id }.prefix(15)
        if !shown.isEmpty {
            lines += ["", "| story | | articles | outlets | dates | title |", "|---|---|---|---|---|---|"]
            for story in shown {
                let outlets = story.sources.prefix(4).joined(separator: ", ") + (story.sources.count > 4 ? ", …" : "")
                lines.append(
                    "| \(story.id) | \(newOnes.contains(story.id) ? "new" : "updated") | \(story.articles) | \(MarkdownText.cell(outlets)) | "
                        + "\(StoryListingRenderer.dates(story.first, story.last)) | \(MarkdownText.cell(MarkdownText.clip(story.title, 90))) |")
            }
            if stories.count > shown.count { lines += ["", "… and \(stories.count - shown.count) more."] }
        }
        let example = shown.first.map { String($0.id) } ?? "ID"
        lines += [
            "", "Next: `parallax stories` (all stories) · `parallax story \(example)` (a story's report) · "
                + "`parallax search \"words\"` · `parallax article ID`" + (path == "parallax.sqlite" ? "" : " — each with `--db \(path)`"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

}
