import Foundation
import HTTPTypes
import Hummingbird

/// Errors as RFC 9457 problem details (`application/problem+json`): a status, a title and a one-line
/// detail a client can show — never a stack, a path or a database message.
public struct ProblemDetails: Error, Sendable, Encodable {
    /// The HTTP status code.
    public var status: Int
    /// The status's short name.
    public var title: String
    /// What went wrong, for the client.
    public var detail: String
    /// Always `about:blank`: the status says what kind of problem it is.
    public var type = "about:blank"

    /// A problem with `status` and `detail`.
    public init(_ status: HTTPResponse.Status, _ detail: String) {
        self.status = status.code
        self.title = status.reasonPhrase
        self.detail = detail
    }

    /// The response carrying this problem.
    public var response: Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(self)) ?? Data("{\"status\":\(status)}".utf8)
        var response = Response(
            status: HTTPResponse.Status(code: status),
            headers: [.contentType: "application/problem+json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
