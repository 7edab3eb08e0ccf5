import ParallaxCore
import ParallaxStore

/// The store as the handlers use it: its synchronous calls run off the server's event loops, and a
/// store error becomes a problem with the right status (never the database's own message).
struct StoreAccess: Sendable {
    let store: any CoverageStore

    /// Runs `body` against the store on a task of the cooperative pool.
    func run<T: Sendable>(_ body: @escaping @Sendable (any CoverageStore) throws(StoreError) -> T) async throws -> T {
        let store = self.store
        let result = await Task.detached { () -> Result<T, StoreError> in
            do throws(StoreError) {
                return .success(try body(store))
            } catch {
                return .failure(error)
            }
        }.value
        switch result {
        case .success(let value): return value
        case .failure(let error): throw Self.problem(error)
        }
    }

    /// The problem a store error is to a client.
    static func problem(_ error: StoreError) -> ProblemDetails {
        switch error {
        case .notFound(let what): ProblemDetails(.notFound, "no \(what)")
        case .emptyQuery: ProblemDetails(.badRequest, "the search query has no words to search for")
        case .busy: ProblemDetails(.conflict, "another ingest is writing to the database; try again later")
        case .diskFull: ProblemDetails(.serviceUnavailable, "the server cannot store more articles now")
        default: ProblemDetails(.internalServerError, "the database could not answer this request")
        }
    }
}
