import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxStore

/// Ingests posted articles one request at a time (the store takes one writer), under the same lock
/// as `parallax ingest`, so a command-line ingest running meanwhile makes a post wait its turn (409).
actor ArticlePoster {
    let store: any CoverageStore

    init(store: any CoverageStore) {
        self.store = store
    }

    /// What one post did, as the API answers it (`parallax/ingest@1`).
    struct Outcome: Encodable, Sendable {
        var schema = "parallax/ingest@1"
        /// Ids of the articles read from the body, in order.
        var articles: [String]
        var added: Int
        var updated: Int
        var unchanged: Int
        var newStories: [Int]
        var updatedStories: [Int]
        /// One line per part of the body that could not be read.
        var problems: [String]
    }

    /// Reads `body` as `parallax ingest` reads a file (JSON Lines, a JSON object per line, HTML, a feed,
    /// plain text with header lines) and stores what it holds.
    func post(_ body: Data) throws -> Outcome {
        let read = ArticleReader().read(data: body, origin: "request", options: ReadOptions())
        let problems = read.diagnostics.map { $0.description }
        guard !read.articles.isEmpty else {
            throw ProblemDetails(.unprocessableContent, problems.first ?? "the body holds no article")
        }
        do throws(StoreError) {
            let lock = try store.writerLock()
            defer { withExtendedLifetime(lock) {} }
            let summary = try StoreIngestor(store: store).ingest(read.articles)
            return Outcome(
                articles: read.articles.map(\.id), added: summary.added, updated: summary.updated, unchanged: summary.unchanged,
                newStories: summary.newStories, updatedStories: summary.updatedStories, problems: problems)
        } catch {
            throw StoreAccess.problem(error)
        }
    }
}
