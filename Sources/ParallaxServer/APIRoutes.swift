import Foundation
import Hummingbird
import ParallaxCore
import ParallaxReport
import ParallaxStore

/// The JSON API: the same documents as the command line's `--format json`.
struct APIRoutes: Sendable {
    let access: StoreAccess
    let poster: ArticlePoster
    let settings: ServerSettings

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/stories") { request, _ in try await stories(request) }
        router.get("/api/stories/:id") { _, context in try await story(try Self.storyID(context)) }
        router.get("/api/articles/:id") { _, context in try await article(context.parameters.get("id") ?? "") }
        router.get("/api/search") { request, _ in try await search(request) }
        router.post("/api/articles") { request, context in try await post(request, context: context) }
        router.get("/openapi.json") { _, _ in JSONBody.response(OpenAPIDocument.json) }
    }

    /// The story id path parameter.
    static func storyID(_ context: BasicRequestContext) throws -> Int {
        guard let text = context.parameters.get("id"), let id = Int(text), id >= 0 else {
            throw ProblemDetails(.notFound, "no story with that id")
        }
        return id
    }

    func stories(_ request: Request) async throws -> Response {
        let limit = try request.integer("limit", in: 1...500, default: 50)
        let offset = try request.integer("offset", in: 0...10_000_000, default: 0)
        let since = try request.day("since")
        let source = request.parameter("source")
        let listing = try await access.run { store throws(StoreError) in try store.listing(since: since, source: source, limit: limit, offset: offset) }
        return try JSONBody.response(listing)
    }

    func story(_ id: Int) async throws -> Response {
        let report = try await access.run { store throws(StoreError) in try StoryReportCache(store: store).report(story: id).report }
        return JSONBody.response(try JSONOutput.report(report, pretty: false))
    }

    func article(_ id: String) async throws -> Response {
        let analysis = try await access.run { store throws(StoreError) in try Self.analysis(store, id) }
        return JSONBody.response(try JSONOutput.articleLine(analysis))
    }

    /// The stored analysis of the article with id `id`.
    static func analysis(_ store: any CoverageStore, _ id: String) throws(StoreError) -> AnalyzedArticle {
        guard let stored = try store.article(id), let analysis = try store.analyses(of: [stored.seq]).first else {
            throw StoreError.notFound(what: "article with that id")
        }
        return analysis
    }

    /// A query with no word to search for (only punctuation) finds nothing: 200 with no results.
    func search(_ request: Request) async throws -> Response {
        guard let text = request.parameter("q") else { throw ProblemDetails(.badRequest, "give q, the words to search for") }
        let query = try Self.query(request)
        do {
            let results = try await access.run { store throws(StoreError) in try store.search(query) }
            return try JSONBody.response(results)
        } catch let problem as ProblemDetails where problem.status == 400 {
            return try JSONBody.response(SearchResults(query: text, expression: "", results: [], stories: []))
        }
    }

    /// The search the request asks for.
    static func query(_ request: Request) throws -> SearchQuery {
        let text = request.parameter("q") ?? ""
        let entity = request.parameter("entity")
        guard !text.isEmpty || entity != nil else { throw ProblemDetails(.badRequest, "give q (words to search for) or entity") }
        return SearchQuery(
            text: text, entity: entity, source: request.parameter("source"), since: try request.day("since"),
            until: try request.day("until"), limit: try request.integer("limit", in: 1...100, default: 20))
    }

    func post(_ request: Request, context: BasicRequestContext) async throws -> Response {
        if !settings.isLoopback {
            guard let token = settings.token else {
                throw ProblemDetails(.forbidden, "posting articles is off: the server listens beyond loopback without a token")
            }
            guard request.headers[.authorization] == "Bearer " + token else {
                throw ProblemDetails(.unauthorized, "posting articles needs the server's token (Authorization: Bearer …)")
            }
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: settings.maxBodyBytes)
        } catch {
            throw ProblemDetails(.contentTooLarge, "the body is larger than \(settings.maxBodyBytes) bytes")
        }
        guard body.readableBytes > 0 else { throw ProblemDetails(.badRequest, "the body is empty") }
        let outcome = try await poster.post(Data(body.readableBytesView))
        return try JSONBody.response(outcome, status: outcome.added > 0 ? .created : .ok)
    }
}
