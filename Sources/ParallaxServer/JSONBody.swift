import Foundation
import Hummingbird
import ParallaxReport

/// JSON responses: the CLI's encoders, so that the API and `--format json` give the same documents.
enum JSONBody {
    /// A 200 response with `text` as JSON.
    static func response(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A 200 response with `value` encoded as the CLI encodes it.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        response(try JSONOutput.string(value, pretty: false), status: status)
    }
}
