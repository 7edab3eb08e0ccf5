import Foundation
import ParallaxCore

/// The character span a report item came from, as text (`412–431`) or, on served pages, as a link to
/// the article page that scrolls to and highlights those words (a URL text fragment,
/// `/articles/ID#:~:text=…`): every claim one click from its characters.
public enum HTMLSourceLink {
    /// The span, linked when `linked`.
    static func span(_ ref: SourceReference, linked: Bool) -> String {
        let span = "\(ref.start)–\(ref.end)"
        guard linked else { return span }
        return "<a href=\"/articles/\(path(ref.article))\(fragment(ref.text))\" title=\"open the article at these words\">\(span)</a>"
    }

    /// An article id as one URL path segment.
    public static func path(_ article: String) -> String {
        article.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// The characters a URL path segment keeps as they are (RFC 3986 unreserved).
    private static let unreserved = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

    /// A text fragment for `text`: the words themselves when short, else its first and last four words.
    static func fragment(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return "" }
        func encoded<S: Sequence>(_ part: S) -> String where S.Element == Substring {
            part.joined(separator: " ").addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        }
        if words.count <= 10 { return "#:~:text=" + encoded(words) }
        return "#:~:text=" + encoded(words.prefix(4)) + "," + encoded(words.suffix(4))
    }
}
