/// How a markup document begins: the declarations before its first element, and that element.
///
/// Format sniffing reads only this much of an input: a feed is a document whose first element is
/// `<rss>` or `<feed>`, a web page one with an HTML doctype or an HTML element first.
struct MarkupStart: Sendable, Hashable {
    /// How many leading bytes are looked at.
    static let sampleSize = 4096

    /// Whether an `<?xml …?>` declaration comes before the first element.
    var declaresXML = false
    /// The doctype's text after `<!doctype`, lowercased and trimmed (`html` for `<!DOCTYPE html>`); `nil` when none.
    var doctype: String?
    /// The first element's name, lowercased, prefix kept (`rss`, `atom:feed`, `html`); `nil` when the
    /// sample ends before one.
    var element: String?

    /// The first element's name without its namespace prefix (`feed` for `atom:feed`).
    var localElement: String? {
        element.map { name in name.split(separator: ":").last.map(String.init) ?? name }
    }

    /// Reads the start of `bytes`; `nil` when the first character after an optional UTF-8 byte-order
    /// mark and white space is not `<`, so the input is not markup at all.
    init?(_ bytes: [UInt8]) {
        var sample = bytes.prefix(Self.sampleSize)
        if sample.starts(with: [0xEF, 0xBB, 0xBF]) { sample = sample.dropFirst(3) }
        let text = String(decoding: sample, as: UTF8.self)
        var rest = Substring(text).drop(while: { $0.isWhitespace })
        guard rest.hasPrefix("<") else { return nil }
        while rest.hasPrefix("<") {
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                let closer = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let end = rest.range(of: closer) else { return }
                let declaration = rest[..<end.lowerBound].lowercased()
                if declaration.hasPrefix("<?xml") { declaresXML = true }
                if declaration.hasPrefix("<!doctype") {
                    doctype = declaration.dropFirst("<!doctype".count).trimmingWhitespace()
                }
                rest = rest[end.upperBound...].drop(while: { $0.isWhitespace })
                continue
            }
            element = rest.dropFirst().prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" }).lowercased()
            return
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space.
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}
