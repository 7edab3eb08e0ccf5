import ParallaxCore

/// Parses CoNLL-2003 style text: one token a line (`word POS chunk NER`), blank lines between
/// sentences, `-DOCSTART-` lines between documents.
///
/// With two columns the second is both the POS and the entity column; with three or more, column 2 is
/// POS and the last column is the entity label.
public enum CoNLLReader {
    /// The documents of `text`. A file without `-DOCSTART-` lines is one document.
    public static func documents(_ text: String) throws(CoNLLFormatError) -> [CoNLLDocument] {
        var documents: [CoNLLDocument] = []
        var sentences: [CoNLLSentence] = []
        var current = CoNLLSentence(words: [], partsOfSpeech: [], entities: [])
        var tokenCount = 0
        func closeSentence() {
            if !current.words.isEmpty { sentences.append(current) }
            current = CoNLLSentence(words: [], partsOfSpeech: [], entities: [])
        }
        func closeDocument() {
            closeSentence()
            if !sentences.isEmpty { documents.append(CoNLLDocument(sentences: sentences)) }
            sentences = []
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if columns.isEmpty {
                closeSentence()
                continue
            }
            if columns[0] == "-DOCSTART-" {
                closeDocument()
                continue
            }
            guard columns.count >= 2 else { throw .tooFewColumns(line: lineNumber) }
            current.words.append(String(columns[0]))
            current.partsOfSpeech.append(String(columns[1]))
            current.entities.append(String(columns[columns.count - 1]))
            tokenCount += 1
        }
        closeDocument()
        guard tokenCount > 0 else { throw .empty }
        return documents
    }
}
