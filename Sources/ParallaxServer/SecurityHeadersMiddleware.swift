import HTTPTypes
import Hummingbird
import Logging

/// Adds the security headers to every response and turns every error into problem details: a strict
/// Content-Security-Policy (scripts and styles from this server only, nothing framed, no plugins), no
/// MIME sniffing, no referrer, no framing; requests whose query string is too long are refused before
/// any handler sees them.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Longest query string accepted.
    let maxQueryBytes: Int

    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
    }

    /// The methods a known path answers (GET ones also HEAD); nil for paths the router does not know.
    static func allowedMethods(_ path: String) -> [HTTPRequest.Method]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        let reading: [HTTPRequest.Method] = [.get, .head]
        switch parts.count {
        case 1 where parts[0] == "openapi.json": return reading
        case 2 where parts[0] == "api" && parts[1] == "articles": return [.post]
        case 2 where parts[0] == "api" && (parts[1] == "stories" || parts[1] == "search"): return reading
        case 3 where parts[0] == "api" && (parts[1] == "stories" || parts[1] == "articles"): return reading
        default: return nil
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if let allowed = Self.allowedMethods(request.uri.path), !allowed.contains(request.method) {
            response = ProblemDetails(.methodNotAllowed, "\(request.method) is not allowed here").response
            response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        } else if (request.uri.query?.utf8.count ?? 0) > maxQueryBytes {
            response = ProblemDetails(.uriTooLong, "the query string is longer than \(maxQueryBytes) bytes").response
        } else {
            do {
                response = try await next(request, context)
            } catch let problem as ProblemDetails {
                response = problem.response
            } catch let error as HTTPError {
                response = ProblemDetails(error.status, error.body ?? error.status.reasonPhrase).response
            } catch {
                context.logger.error("request failed: \(String(describing: error))")
                response = ProblemDetails(.internalServerError, "the server could not answer this request").response
            }
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=()"
        return response
    }
}
