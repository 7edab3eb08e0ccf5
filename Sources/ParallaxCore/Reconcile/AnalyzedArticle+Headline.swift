extension AnalyzedArticle {
    /// The span of the headline when the text opens with it (a first line that is the title, as
    /// plain-text files and many extracted pages give it), else nil. What the headline states the body
    /// states again with its context and attribution, and that is the mention an analyst cites.
    var headlineSpan: TextSpan? {
        guard let title = article.title, !title.isEmpty else { return nil }
        let text = article.text
        let line = text.prefix { $0 != "\n" }
        guard line.count < text.count else { return nil }
        func key(_ string: Substring) -> String {
            string.lowercased().filter { $0.isLetter || $0.isNumber }
        }
        guard !key(line).isEmpty, key(line) == key(Substring(title)) else { return nil }
        return TextSpan(start: 0, end: line.unicodeScalars.count)
    }
}
