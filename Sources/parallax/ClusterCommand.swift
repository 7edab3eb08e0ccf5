import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxReport

/// `parallax cluster`: group a stream of articles into stories.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group a stream of articles into stories, in date order, counting copies once (JSON Lines: one line per article)."
    )

    /// Output formats of `cluster`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// One line per input article: ref, article, story, duplicateOf, boilerplate.
        case jsonl
        /// The stories as a Markdown table.
        case md
        /// The stories as one JSON object.
        case json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl (one line per article), md or json (the stories).")
    var format: Format = .jsonl

    @Option(help: "Clustering state file: resumed from when it exists, saved after the run (JSON).")
    var state: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        let articles = try input.readArticles()
        var clusterer = try loadState()
        let stream = StoryStream(articles, progress: articles.count >= 2_000)
        let (assignments, _) = stream.cluster(with: &clusterer)
        let stories = StoryStream.finalStories(assignments, clusterer)
        switch format {
        case .jsonl:
            for (index, article) in stream.articles.enumerated() {
                writer.line(try Self.line(article: article, story: stories[index], assignment: assignments[index]))
            }
        case .md, .json:
            let listing = StoryListing(
                articles: stream.articles, stories: stories, duplicateOf: assignments.map(\.duplicateOf))
            writer.write(format == .md ? StoryListingRenderer().render(listing) : try JSONOutput.string(listing, pretty: true) + "\n")
        }
        try saveState(clusterer)
        try writer.commit()
    }

    /// The JSON line of one article.
    static func line(article: Article, story: Int?, assignment: StoryAssignment) throws -> String {
        struct Line: Encodable {
            var ref: String
            var article: String
            var story: Int?
            var duplicateOf: String?
            var boilerplate: Bool

            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode("parallax/story-assignment@1", forKey: .schema)
                try container.encode(ref, forKey: .ref)
                try container.encode(article, forKey: .article)
                try container.encode(story, forKey: .story)
                try container.encode(duplicateOf, forKey: .duplicateOf)
                try container.encode(boilerplate, forKey: .boilerplate)
            }

            enum CodingKeys: String, CodingKey { case schema, ref, article, story, duplicateOf, boilerplate }
        }
        let given = article.id != ArticleIdentifier.identifier(for: article.text)
        let ref = given ? article.id : (article.origin ?? article.id)
        return try JSONOutput.string(
            Line(ref: ref, article: article.id, story: story, duplicateOf: assignment.duplicateOf, boilerplate: assignment.boilerplate),
            pretty: false)
    }

    private func loadState() throws(CommandFailure) -> StoryClusterer {
        guard let state, FileManager.default.fileExists(atPath: state) else { return StoryClusterer() }
        guard let data = FileManager.default.contents(atPath: state),
            let clusterer = try? JSONDecoder().decode(StoryClusterer.self, from: data)
        else { throw CommandFailure("\(state): not a clustering state file") }
        return clusterer
    }

    private func saveState(_ clusterer: StoryClusterer) throws(CommandFailure) {
        guard let state else { return }
        do {
            let data = try JSONEncoder().encode(clusterer)
            try data.write(to: URL(fileURLWithPath: state), options: .atomic)
        } catch {
            throw CommandFailure("\(state): cannot save the clustering state (\(error.localizedDescription))")
        }
    }
}
