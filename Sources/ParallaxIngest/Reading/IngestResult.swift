import ParallaxCore

/// What reading a set of inputs produced: the articles, and a diagnostic for each problem.
public struct IngestResult: Sendable {
    /// Articles in input order (paths as given, folder contents sorted by path).
    public var articles: [Article]
    /// Errors (input skipped) and warnings (input repaired), in input order.
    public var diagnostics: [IngestDiagnostic]

    /// Creates a result.
    public init(articles: [Article] = [], diagnostics: [IngestDiagnostic] = []) {
        self.articles = articles
        self.diagnostics = diagnostics
    }

    /// Whether any input, or any record of one, was skipped.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Appends the articles and diagnostics of `other`.
    mutating func append(_ other: IngestResult) {
        articles.append(contentsOf: other.articles)
        diagnostics.append(contentsOf: other.diagnostics)
    }
}
