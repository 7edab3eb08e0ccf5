/// The output formats of report commands.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Markdown for terminals and documents.
    case md
    /// Stable, versioned JSON.
    case json
    /// One self-contained HTML page.
    case html
}
