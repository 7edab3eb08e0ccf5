/// Makes article text safe inside Markdown tables and emphasis.
public enum MarkdownText {
    /// Escapes table pipes and collapses line breaks so a value stays in its cell.
    public static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Shortens `text` to `limit` characters with an ellipsis.
    public static func clip(_ text: String, _ limit: Int = 160) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
