/// One lexical unit of an HTML page, as the tokenizer reads it.
public enum HTMLToken: Sendable, Hashable {
    /// `<name attr=value …>`; `selfClosing` when written `<name … />`.
    case startTag(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    /// `</name>`.
    case endTag(name: String)
    /// Character data with references decoded (CDATA sections come out as text too).
    case text(String)
    /// `<!-- … -->` (also bogus comments such as `<?xml …>`).
    case comment(String)
    /// `<!DOCTYPE …>`.
    case doctype
}
