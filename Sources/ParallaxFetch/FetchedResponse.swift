import Foundation

/// A response read whole: where it finally came from, its status, the headers Parallax uses and the
/// (decompressed) body.
public struct FetchedResponse: Sendable {
    /// The URL after redirects.
    public var url: String
    /// The HTTP status (200, or 304 for an unchanged conditional fetch).
    public var status: Int
    /// `Content-Type`, lower-cased.
    public var contentType: String?
    /// `ETag`, for the next conditional fetch.
    public var etag: String?
    /// `Last-Modified`, for the next conditional fetch.
    public var lastModified: String?
    /// The body.
    public var body: [UInt8]

    /// The media type of `Content-Type` without its parameters (`text/html`), or empty when none was sent.
    public var mediaType: String {
        contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// Whether the server said nothing changed since the validators given (304).
    public var notModified: Bool { status == 304 }

    /// The charset the `Content-Type` names, lower-cased (`windows-1252`), if any.
    public var charset: String? {
        guard let contentType else { return nil }
        for part in contentType.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0] == "charset" { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased() }
        }
        return nil
    }
}
