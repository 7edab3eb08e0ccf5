import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxIngest

/// Annotated multi-outlet stories (`STORIES/<story>/<source>.txt` + `.meta.json`, `GOLD/<story>.json`),
/// read the way `compare` reads files: a `date` and `source` header, then the body.
struct ClaimStories {
    /// One story: its gold, its articles in the gold's source order, and each source's original body.
    struct Story {
        var gold: ClaimGold
        var articles: [Article]
        var bodies: [String: String]
    }

    /// The stories of every gold file in `goldFolder`, in file-name order.
    static func read(stories: String, gold goldFolder: String) throws -> [Story] {
        guard let listing = try? FileManager.default.contentsOfDirectory(atPath: goldFolder) else {
            throw CommandFailure("cannot read the gold folder \(goldFolder)")
        }
        let files = listing.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw CommandFailure("no gold .json files in \(goldFolder)") }
        return try files.map { file in
            let gold = try ClaimGold.read(URL(fileURLWithPath: goldFolder).appendingPathComponent(file))
            let folder = URL(fileURLWithPath: stories).appendingPathComponent(gold.story)
            var articles: [Article] = []
            var bodies: [String: String] = [:]
            for source in gold.sources {
                let base = folder.appendingPathComponent(source)
                guard let body = try? String(contentsOf: base.appendingPathExtension("txt"), encoding: .utf8) else {
                    throw CommandFailure("cannot read \(base.path).txt")
                }
                let meta = (try? Data(contentsOf: base.appendingPathExtension("meta.json")))
                    .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
                var head = ""
                if let date = meta["date"] as? String { head += "date \(date)\n" }
                if let title = meta["title"] as? String { head += "title: \(title)\n" }
                head += "source: \(source)\n\n"
                let result = ArticleReader().read(data: Data((head + body).utf8), origin: "\(source).txt")
                guard let article = result.articles.first else { throw CommandFailure("cannot read story \(gold.story)/\(source)") }
                articles.append(article)
                bodies[source] = body
            }
            return Story(gold: gold, articles: articles, bodies: bodies)
        }
    }
}
